import type { TimeExpression, Token } from "../../nlp/annotated-document.js";

/** Clause boundaries that are also prepositions of time: "since the summer of last year". */
const TIME_PREPOSITIONS = new Set(["since", "until", "after", "before"]);
/** How many words a time may stand after its preposition ("since the summer of last year"). */
const REACH = 5;

/**
 * Whether a time belongs to the clause of a trigger at `triggerFirst`: it lies inside, or in the
 * phrase the boundary word ending the clause opens when that word is a preposition of time and
 * no verb stands between trigger and time ("Washington has supplied launchers since the summer
 * of last year", but not "launched an offensive to retake land held since 1994").
 */
export function inClauseOrItsTimePhrase(
  tokens: readonly Token[],
  time: TimeExpression,
  clause: { start: number; end: number },
  triggerFirst: number,
): boolean {
  if (time.first >= clause.start && time.last <= clause.end) return true;
  const boundary = tokens[clause.end];
  if (!boundary || !TIME_PREPOSITIONS.has(boundary.norm)) return false;
  if (time.first <= clause.end || time.first - clause.end > REACH) return false;
  for (let i = triggerFirst + 1; i < time.first; i++) {
    const pos = tokens[i]!.pos;
    if (pos === "VERB" || pos === "AUX" || tokens[i]!.text === ",") return false;
  }
  return true;
}
