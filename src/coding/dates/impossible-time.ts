import type { Sentence, TimeExpression } from "../../nlp/annotated-document.js";
import { tenseAt } from "../../nlp/sentence-tense.js";

/**
 * Whether a time cannot be an act's: it lies after publication and the verbs around it do not
 * look ahead. "The presidents spoke in favour of developing relations in 2020" (published on
 * 31 December 2019) dates the relations, not the call; "ministers are expected to agree on
 * Monday" looks ahead, and its Monday stands; so does the start of a measure ("halted flights
 * starting at midnight on August 9", "from 12 September").
 */
export function isImpossibleTime(
  sentence: Sentence,
  time: TimeExpression,
  published: string | null,
): boolean {
  const date = time.date;
  if (!date || !published) return false;
  if (date.slice(0, published.length) <= published.slice(0, date.length)) return false;
  if (startsFrom(sentence, time)) return false;
  return tenseAt(sentence.text, sentence.tokens, time.first, time.last) !== "future";
}

/** Words that open the start of a measure: "ceasing flights starting at midnight on August 9". */
const START_WORDS = new Set(["starting", "beginning", "effective", "from"]);

/** The time is when a measure takes effect, which may lie after publication however the verb looks. */
function startsFrom(sentence: Sentence, time: TimeExpression): boolean {
  const tokens = sentence.tokens;
  if (START_WORDS.has(tokens[time.first]?.norm ?? "")) return true;
  for (let i = time.first - 1; i >= 0 && i >= time.first - 4; i--) {
    const t = tokens[i]!;
    if (START_WORDS.has(t.norm)) return true;
    if (t.pos === "VERB" || t.pos === "PUNCT") return false;
  }
  return false;
}
