import { normaliseForm } from "../knowledge/normalise.js";
import { ownCopy } from "./own-copy.js";

/** Printable ASCII without the backtick: its comparison form is just lower case. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]*$/;
/** Articles reuse a few thousand word forms; the cache is emptied when it grows past this. */
const LIMIT = 50_000;

const norms = new Map<string, string>();
const lowerCases = new Map<string, string>();

/** A token's comparison form (see normaliseForm), remembered per spelling. */
export function normOf(value: string): string {
  let norm = norms.get(value);
  if (norm === undefined) {
    norm = ownCopy(PLAIN.test(value) ? value.toLowerCase() : normaliseForm(value));
    if (norms.size >= LIMIT) norms.clear();
    norms.set(ownCopy(value), norm);
  }
  return norm;
}

/** Lower case of a lemma, remembered per lemma. */
export function lowerCaseOf(value: string): string {
  let lower = lowerCases.get(value);
  if (lower === undefined) {
    lower = ownCopy(value.toLowerCase());
    if (lowerCases.size >= LIMIT) lowerCases.clear();
    lowerCases.set(ownCopy(value), lower);
  }
  return lower;
}
