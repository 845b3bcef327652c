import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { isPerson } from "./slot-subject.js";

/**
 * The person a sentence opens with as its subject ("The President of Kazakhstan updated Vladimir
 * Putin on ..."), or null: a name or an office at the sentence's start (after "The" at most), with a
 * verb right after it or after its apposition ("Mr Lukashenko, who ..., said"). A "he" or "she" in
 * the next sentence speaks of this subject before any person named later in the sentence: "He
 * extended special gratitude" is the President of Kazakhstan's, not Putin's.
 */
export function openingSubject(sentence: Sentence): Mention | null {
  const first = sentence.mentions[0];
  if (!first || !isPerson(first)) return null;
  const tokens = sentence.tokens;
  if (first.first > 1 || (first.first === 1 && tokens[0]!.pos !== "DET")) return null;
  // Up to one apposition set off by commas after the name.
  let k = first.last;
  if (tokens[k]?.text === ",") {
    const close = tokens.findIndex((t, i) => i > k && t.text === ",");
    if (close < 0 || close - k > 12) return null;
    k = close + 1;
  }
  while (tokens[k]?.pos === "ADV") k++;
  const verb = tokens[k];
  return verb && (verb.pos === "VERB" || verb.pos === "AUX") ? first : null;
}
