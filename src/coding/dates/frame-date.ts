import type { Sentence } from "../../nlp/annotated-document.js";
import { looksAhead } from "../../nlp/sentence-tense.js";
import { modifiedNounEnd } from "./attributive-time.js";

/**
 * The time a sentence without one of its own inherits from the story: the last dated expression
 * of the nearest earlier sentence that has one, in its paragraph or the paragraph before ("On
 * Monday, Britain expelled 23 diplomats. [new paragraph] Germany, France and Poland each threw
 * out four."). A heading ("Energy cooperation") is no paragraph of the story: it is passed over,
 * its own times too, and so is a time that modifies a noun ("the 2008 war"). A date after
 * publication is no frame for an act stated without a time:
 * "delivery is due in 2028" does not date "the two countries signed a deal". A sentence that looks
 * ahead takes such a date: "Ministers will meet in Oslo on 3-4 June. They will then travel to
 * Riga." dates the trip to Riga from 3 June.
 */
export function frameDate(
  sentences: readonly Sentence[],
  sentence: Sentence,
  published: string | null,
): string | null {
  const ahead = looksAhead(sentence.text);
  let paragraph = sentence.paragraph;
  let crossed = 0;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const earlier = sentences[k]!;
    if (isHeading(sentences, earlier)) continue;
    if (earlier.paragraph !== paragraph) {
      if (++crossed > 1) return headlineTime(sentences, sentence, ahead, published);
      paragraph = earlier.paragraph;
    }
    for (let i = earlier.times.length - 1; i >= 0; i--) {
      const time = earlier.times[i]!;
      // "The November 27 agreement ...": the agreement's date, not the story's.
      if (modifiedNounEnd(earlier.tokens, time) >= 0) continue;
      const date = time.date;
      // "on Monday" with no publication date: the story's time is known to be unknown.
      if (date === null) return null;
      if (ahead || !afterPublication(date, published)) return date;
    }
  }
  return headlineTime(sentences, sentence, ahead, published);
}

/**
 * The time the headline gives the whole story ("On December 1, Putin will receive letters of
 * credence"), for a sentence no nearer time frames; not a time that modifies a noun, nor one after
 * publication for a sentence that does not look ahead.
 */
function headlineTime(
  sentences: readonly Sentence[],
  sentence: Sentence,
  ahead: boolean,
  published: string | null,
): string | null {
  const headline = sentences[0];
  if (!headline || headline === sentence || !isHeading(sentences, headline)) return null;
  for (const time of headline.times) {
    if (modifiedNounEnd(headline.tokens, time) >= 0 || time.date === null) continue;
    if (ahead || !afterPublication(time.date, published)) return time.date;
  }
  return null;
}

/** A paragraph of one sentence with no closing punctuation: a headline, a dateline, a heading. */
export function isHeading(sentences: readonly Sentence[], s: Sentence): boolean {
  const alone =
    sentences[s.index - 1]?.paragraph !== s.paragraph && sentences[s.index + 1]?.paragraph !== s.paragraph;
  return alone && !/[.!?:]["'’”)]?\s*$/.test(s.text);
}

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after the publication date. */
function afterPublication(date: string, published: string | null): boolean {
  if (!published) return false;
  return date.slice(0, published.length) > published.slice(0, date.length);
}
