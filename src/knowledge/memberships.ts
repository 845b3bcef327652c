import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { collect } from "./collect.js";
import { dateRange, spanCovers } from "./date-range.js";
import { readKnowledgeFile } from "./read-files.js";
import { membershipFacts } from "./membership-facts.js";
import type { BlocMembershipEntry } from "./schema.js";
import type { MembershipFact as Membership } from "./membership-facts.js";
import { checkBlocMemberships } from "./validate-memberships.js";

export type Bloc = BlocMembershipEntry["bloc"];
export type Status = BlocMembershipEntry["status"];

export type { MembershipFact as Membership } from "./membership-facts.js";

/** The package root: two levels up from both src/knowledge/ and dist/knowledge/. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_DIR = resolve(PACKAGE_ROOT, "data/knowledge");

interface Loaded {
  readonly byState: ReadonlyMap<string, readonly Membership[]>;
  /** The curated states of states.yaml, in file order: the states the index and the API describe. */
  readonly states: readonly { readonly code: string; readonly name: string }[];
}

const cache = new Map<string, Loaded>();

/**
 * Every state's memberships from `dir` (default data/knowledge), validated (unknown codes and
 * sources, overlapping path statuses, bad spans throw, one line per broken rule), ordered by
 * `since`; cached per directory.
 */
export function loadMemberships(dir?: string): ReadonlyMap<string, readonly Membership[]> {
  return load(dir).byState;
}

/** The curated states (data/knowledge/states.yaml), code and name, in file order. */
export function curatedStates(dir?: string): readonly { readonly code: string; readonly name: string }[] {
  return load(dir).states;
}

function load(dir?: string): Loaded {
  const key = resolve(dir ?? DEFAULT_DIR);
  const cached = cache.get(key);
  if (cached) return cached;
  // Only the two files it needs (the whole knowledge base takes seconds to read): a fact about a
  // state not curated in states.yaml is an unknown code here.
  const collected = collect(
    ["states.yaml", "memberships.yaml"].map((name) => readKnowledgeFile(resolve(key, name), PACKAGE_ROOT)),
  );
  const errors = checkBlocMemberships(collected);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  const loaded: Loaded = {
    byState: membershipFacts(collected),
    states: Object.freeze(
      collected.states.map((s) => Object.freeze({ code: s.value.code, name: s.value.name })),
    ),
  };
  cache.set(key, loaded);
  return loaded;
}

/** Every fact about a state, oldest first; empty for a state in no bloc. */
export function membershipHistory(code: string, dir?: string): readonly Membership[] {
  return loadMemberships(dir).get(code) ?? [];
}

/**
 * The facts in force at a date: YYYY-MM-DD, or YYYY-MM meaning any day of the month (a status that
 * began or ended within it counts for that month).
 *
 * @example
 *   membershipsAt("ARM", "2024-03").map((m) => `${m.bloc} ${m.status}`);
 *   // ["CIS member", "CSTO member", "COE member", "EAEU member", "CSTO frozen"]
 */
export function membershipsAt(code: string, date: string, dir?: string): readonly Membership[] {
  const range = dateRange(date);
  return membershipHistory(code, dir).filter((m) => spanCovers({ from: m.since, to: m.until }, range));
}
