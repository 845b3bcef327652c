import type { Sentence } from "../../nlp/annotated-document.js";
import type { Occurrence } from "../occurrence.js";

/** The last act coded in an earlier sentence: what "followed suit" repeats. */
export function lastEarlierAct(
  occurrences: readonly Occurrence[],
  sentence: Sentence,
): Occurrence | undefined {
  for (let k = occurrences.length - 1; k >= 0; k--)
    if (occurrences[k]!.sentence !== sentence) return occurrences[k];
  return undefined;
}
