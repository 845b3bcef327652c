import type { Sentence, TimeExpression } from "../nlp/annotated-document.js";
import { tenseAt } from "../nlp/sentence-tense.js";

/**
 * Whether a time cannot be an act's: it lies after publication and the verbs around it do not
 * look ahead. "The presidents spoke in favour of developing relations in 2020" (published on
 * 31 December 2019) dates the relations, not the call; "ministers are expected to agree on
 * Monday" looks ahead, and its Monday stands.
 */
export function isImpossibleTime(
  sentence: Sentence,
  time: TimeExpression,
  published: string | null,
): boolean {
  const date = time.date;
  if (!date || !published) return false;
  if (date.slice(0, published.length) <= published.slice(0, date.length)) return false;
  if (scheduled(sentence, time)) return false;
  return tenseAt(sentence.text, sentence.tokens, time.first, time.last) !== "future";
}

/** Words that set a time from which something applies: "Starting in August, Russia is prohibiting". */
const FROM_WORDS = new Set(["starting", "beginning", "effective"]);

/** Whether a time is when a measure takes effect: "starting in August", "effective from 1 May". */
function scheduled(sentence: Sentence, time: TimeExpression): boolean {
  let k = time.first - 1;
  const tokens = sentence.tokens;
  if (["in", "on", "from"].includes(tokens[k]?.norm ?? "")) k--;
  return FROM_WORDS.has(tokens[k]?.norm ?? "");
}
