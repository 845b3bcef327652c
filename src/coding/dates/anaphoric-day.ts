import type { Sentence, TimeExpression, Token } from "../../nlp/annotated-document.js";
import { modifiedNounEnd } from "./attributive-time.js";

const NUMBERS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days named from the story's last day rather than from publication: "the following day", "the
 * next day", "the same day", "that day", "a day later", "two days later", "the day before", "the
 * previous day". Each is dated from the last day-precise date before it (in its sentence or an
 * earlier one). With none, a day before ("the previous day", "two days earlier") counts back from
 * the day of publication, the news day of a story that names no other; a day after gives no date.
 */
export function anaphoricDays(
  sentences: readonly Sentence[],
  sentence: Sentence,
  published: string | null = null,
): TimeExpression[] {
  const tokens = sentence.tokens;
  let out: TimeExpression[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (norm !== "day" && norm !== "days") continue;
    const found = phraseAt(tokens, i);
    if (!found) continue;
    const anchor =
      lastDayBefore(sentences, sentence, found.first) ??
      (found.shift < 0 && isDay(published) ? published : null);
    if (!anchor) continue;
    const date = new Date(Date.parse(`${anchor}T00:00:00Z`) + found.shift * DAY_MS)
      .toISOString()
      .slice(0, 10);
    const text = tokens
      .slice(found.first, found.last)
      .map((t) => t.text)
      .join(" ");
    (out ??= []).push({ first: found.first, last: found.last, text, date });
  }
  return out ?? [];
}

/** The phrase around "day" or "days" at token `i` and its shift in days, or null. */
function phraseAt(
  tokens: readonly Token[],
  i: number,
): { first: number; last: number; shift: number } | null {
  const before = tokens[i - 1]?.norm;
  const before2 = tokens[i - 2]?.norm;
  const after = tokens[i + 1]?.norm;
  // "a day later", "two days earlier".
  const count = before ? NUMBERS[before] : undefined;
  if (count !== undefined && (after === "later" || after === "earlier"))
    return { first: i - 1, last: i + 2, shift: after === "later" ? count : -count };
  if (tokens[i]!.norm !== "day") return null;
  // "the following day", "the next day", "the previous day", "the same day", "on that day".
  if (before2 === "the" && (before === "following" || before === "next"))
    return { first: i - 2, last: i + 1, shift: 1 };
  if (before2 === "the" && before === "previous") return { first: i - 2, last: i + 1, shift: -1 };
  if (before2 === "the" && before === "same") return { first: i - 2, last: i + 1, shift: 0 };
  if (before === "that" && (before2 === "on" || before2 === "later" || before2 === "earlier"))
    return { first: i - 1, last: i + 1, shift: 0 };
  // "the day before" and "the day after" only when nothing follows that they count from.
  if (before === "the" && (after === "before" || after === "after")) {
    const next = tokens[i + 2];
    if (next && next.pos !== "PUNCT" && next.pos !== "CCONJ") return null;
    return { first: i - 1, last: i + 2, shift: after === "before" ? -1 : 1 };
  }
  return null;
}

/**
 * The last date with a day (YYYY-MM-DD) before token `at` of `sentence`, looking back; a date
 * that modifies a noun ("the November 27 agreement") is the noun's, not a day of the story.
 */
function lastDayBefore(sentences: readonly Sentence[], sentence: Sentence, at: number): string | null {
  const days = (s: Sentence, end: number) =>
    s.times.filter((t) => t.last <= end && isDay(t.date) && modifiedNounEnd(s.tokens, t) < 0);
  const own = days(sentence, at);
  if (own.length) return own[own.length - 1]!.date;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const earlier = sentences[k]!;
    const times = days(earlier, earlier.tokens.length);
    if (times.length) return times[times.length - 1]!.date;
  }
  return null;
}

const isDay = (date: string | null): date is string => date !== null && date.length === 10;
