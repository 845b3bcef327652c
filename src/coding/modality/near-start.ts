import type { Sentence } from "../../nlp/annotated-document.js";
import type { SlotFill } from "../arguments/slots.js";

/** Where the verb chain before the trigger starts: after the actor's last mention in the sentence. */
export function nearStartOf(
  sentence: Sentence,
  fill: SlotFill,
  triggerFirst: number,
  clauseStart: number,
): number {
  // A pronoun's antecedent may sit in an earlier sentence; then the verb chain starts at the clause.
  const here = fill.mentions.filter((m) => sentence.mentions.includes(m));
  const last = Math.max(-1, ...here.map((m) => (m.last <= triggerFirst ? m.last : -1)));
  return last >= 0 ? last : clauseStart;
}
