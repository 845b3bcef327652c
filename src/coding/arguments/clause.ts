import type { Token } from "../../nlp/annotated-document.js";

/** Token range [start, end) of the clause around a span, bounded by boundary cue words. */
export interface Clause {
  readonly start: number;
  readonly end: number;
}

/** Whether token i ends or starts a clause ("as well as" and "such as" do not). */
export function isBoundary(tokens: readonly Token[], i: number, boundaries: ReadonlySet<string>): boolean {
  const t = tokens[i]!;
  if (!boundaries.has(t.lemma) && !boundaries.has(t.norm)) return false;
  if (t.norm === "as") {
    const prev = tokens[i - 1]?.norm;
    const next = tokens[i + 1]?.norm;
    if (prev === "well" || prev === "such" || prev === "so" || next === "well" || next === "part")
      return false;
    if (prev === "as" || next === "a" || next === "an") return false;
  }
  // "that" after a noun is a relative pronoun, after a verb a complementiser: both limit the clause,
  // but "that" as a determiner ("that deal") does not.
  if (t.norm === "that" && t.pos === "DET") return false;
  return true;
}

export function clauseAround(
  tokens: readonly Token[],
  first: number,
  last: number,
  boundaries: ReadonlySet<string>,
): Clause {
  let start = first;
  while (start > 0 && !isBoundary(tokens, start - 1, boundaries)) start--;
  let end = last;
  while (end < tokens.length && !isBoundary(tokens, end, boundaries)) end++;
  return { start, end };
}
