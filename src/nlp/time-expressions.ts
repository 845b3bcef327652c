// English only: the package root also loads its fifteen other locales (~250 more modules at start-up),
// and its `parse` is this locale's casual parser.
import * as chrono from "chrono-node/en";
import type { TimeExpression, Token } from "./annotated-document.js";
import { weekdayOf, yearOf } from "./calendar-reading.js";
import { isDuration } from "./duration.js";
import { joinExpressions, type Dated } from "./joined-expressions.js";
import { currentPeriods } from "./current-period.js";
import { mayMonths } from "./may-month.js";
import { seasons } from "./season.js";
import { isMonthReading } from "./month-word.js";
import { withoutPartOfDay, type Reading } from "./part-of-day.js";
import { tenseAt, type Tense } from "./sentence-tense.js";
import { endsASpan } from "./term-end.js";
import { weekOrDayPart } from "./week-and-day-part.js";
import { isYearInName } from "./year-in-name.js";

/** Words that make chrono worth running on a sentence; most sentences have none. */
const CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|(?:this|last|next|past|previous|coming)\s+(?:year|month|week|weekend|spring|summer|autumn|winter|morning|afternoon|evening)|(?:earlier|later)\s+(?:in|on)\s+the\s+(?:year|month|week|day)|overnight|in\s+(?:the\s+)?(?:spring|summer|autumn))\b/i;
/** A year, also as the start of a range ("2014-2015", "2019–20"). */
const YEAR = /^(?:mid-|early-|late-)?((?:19|20)\d\d)(?:[-–](?:19|20)?\d\d)?$/;
/** A year followed by these is a count ("2000 troops"), not a date. */
const COUNTED =
  /^(?:troops|soldiers|people|men|tanks|km|kilometres|kilometers|miles|missiles|drones|tonnes|tons|barrels|euros|dollars|rounds|shells|units|personnel)$/i;

/**
 * Without a publication date nothing anchors "on Monday", "last month" or "this year", and the
 * day the command runs is no anchor: an article read in 2026 about 2022 would get 2026 dates.
 * Such a sentence is read against two references that differ in year, month, day and weekday;
 * an expression that names the same date against both is absolute ("on 12 March 2014") and
 * counts, one that moves with the reference is relative and gives no date.
 */
const PROBES = [new Date("2001-03-14T12:00:00Z"), new Date("2011-08-27T12:00:00Z")] as const;

/**
 * Finds the dates a sentence names: explicit and relative expressions through chrono-node,
 * resolved against the publication date (past by default: news reports what happened), or
 * with no publication date only the absolute ones (see PROBES); and bare years ("in 2014",
 * "the 2008 war"), which chrono does not read. Years in names ("Expo 2027") and the ends of
 * spans ("a contract until 2036") are not the time of an act and are left out.
 */
export function findTimeExpressions(
  text: string,
  offset: number,
  tokens: readonly Token[],
  published: string | null,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  /** Token ranges chrono read but that are not an act's time: their years are not read again. */
  const skipped: { first: number; last: number }[] = [];
  if (CUE.test(text)) {
    // Which way an expression looks, from the verbs around it (found only when it is needed).
    const tense = (index: number, length: number): Tense => {
      const span = tokenSpan(tokens, offset + index, offset + index + length);
      return span ? tenseAt(text, tokens, span.first, span.last) : "present";
    };
    const dated = published
      ? chronoDates(text, new Date(`${published}T12:00:00Z`), tense)
      : absoluteDates(text, tense);
    for (const found of dated) {
      const start = offset + found.index;
      const end = start + found.text.length;
      const span = tokenSpan(tokens, start, end);
      if (span && (endsASpan(text, found.index) || isDuration(text, found.index, found.text))) {
        skipped.push(span);
        continue;
      }
      // A literal, not a spread of the span: every time expression then has one hidden class.
      if (span) out.push({ first: span.first, last: span.last, text: found.text, date: found.date });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A year ends in a digit: most tokens are done with one comparison.
    const last = token.text.charCodeAt(token.text.length - 1);
    if (!(last >= 48 && last <= 57)) continue;
    const year = YEAR.exec(token.text)?.[1];
    if (
      !year ||
      out.some((t) => i >= t.first && i < t.last) ||
      skipped.some((t) => i >= t.first && i < t.last)
    )
      continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (next && COUNTED.test(next.text)) continue;
    if (previous && /^[$€£]$/.test(previous.text)) continue;
    if (isYearInName(tokens, i) || endsASpan(text, token.start - offset)) continue;
    out.push({ first: i, last: i + 1, text: token.text, date: year });
  }
  return out.sort((a, b) => a.first - b.first);
}

type TenseAt = (index: number, length: number) => Tense;

function chronoDates(text: string, reference: Date, tense: TenseAt): Dated[] {
  const found: Dated[] = [];
  // chrono reads "May 31–June 8" but not "May 31-June 8": the hyphen before a month's name is read
  // as the dash it stands for (one character for another, so indices hold).
  const read = text.replace(DAY_HYPHEN_MONTH, "$1\u2013");
  const results = withoutPartOfDay(text, chrono.parse(read, { instant: reference, timezone: 0 }), reference);
  for (const result of results) {
    const date = fromChrono(text, result, reference, tense);
    const written = text.slice(result.index, result.index + result.text.length);
    if (date) found.push({ index: result.index, text: written, date, instant: result.start.date() });
  }
  // chrono reads "in the month" of "earlier in the month" as a month ahead: the whole phrase stands.
  for (const [index, words, date] of currentPeriods(text, reference)) {
    const overlaps = (f: Dated) => f.index < index + words.length && index < f.index + f.text.length;
    found.splice(0, found.length, ...found.filter((f) => !overlaps(f)));
    found.push({ index, text: words, date, instant: null });
  }
  for (const [index, words, date] of [
    ...mayMonths(text, reference, tense),
    ...seasons(text, reference, tense),
  ])
    if (!found.some((f) => f.index < index + words.length && index < f.index + f.text.length))
      found.push({ index, text: words, date, instant: null });
  found.sort((a, b) => a.index - b.index);
  return joinExpressions(text, found);
}

/**
 * Every expression, dated only when it names the same date whatever the reference: a relative
 * one stays (an event "on Monday" is not dated by an earlier sentence's year) with no date.
 */
function absoluteDates(text: string, tense: TenseAt): Dated[] {
  const [a, b] = PROBES;
  const other = new Map(chronoDates(text, b, tense).map((d) => [`${d.index}:${d.text}`, d.date]));
  return chronoDates(text, a, tense).map((d) =>
    other.get(`${d.index}:${d.text}`) === d.date ? d : { ...d, date: null },
  );
}

function fromChrono(text: string, result: Reading, reference: Date, tenseAt: TenseAt): string | null {
  const start = result.start;
  const word = result.text.trim();
  if (!isMonthReading(text, result.index, word)) return null;
  // "two years after granting it candidate status" counts from another event, not from publication.
  if (/\b(?:after|before|later|earlier)$/i.test(word)) return null;
  const period = weekOrDayPart(word, reference);
  if (period !== undefined) return period;
  if (
    !start.isCertain("year") &&
    !start.isCertain("month") &&
    !start.isCertain("day") &&
    !start.isCertain("weekday")
  )
    return null;
  let year = start.get("year")!;
  let month = start.get("month")!;
  let day = start.get("day")!;
  // A month or day without a year, or a weekday alone, is read the way the sentence looks.
  if (!start.isCertain("year")) {
    if (start.isCertain("month") || start.isCertain("day"))
      year = yearOf(
        month,
        start.isCertain("day") ? day : null,
        reference,
        tenseAt(result.index, result.text.length),
      );
    else if (start.isCertain("weekday") && !/^(?:last|next|this|past|coming)\b/i.test(word)) {
      const date = weekdayOf(start.date(), reference, tenseAt(result.index, result.text.length));
      [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    }
  }
  const y = String(year).padStart(4, "0");
  const m = String(month).padStart(2, "0");
  const d = String(day).padStart(2, "0");
  // "June 14 to 19", "on September 2–3": days of one month are the month, no single day.
  if (start.isCertain("day") && spansDaysOfMonth(result)) return `${y}-${m}`;
  if (start.isCertain("day") || start.isCertain("weekday")) return `${y}-${m}-${d}`;
  if (start.isCertain("month")) return `${y}-${m}`;
  return y;
}

const DAY_HYPHEN_MONTH =
  /(\d)-(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;

/** A reading that runs from one day to a later day of the same month. */
function spansDaysOfMonth(result: Reading): boolean {
  const end = result.end;
  if (!end || !end.isCertain("day")) return false;
  return end.get("month") === result.start.get("month") && end.get("day") !== result.start.get("day");
}

function tokenSpan(
  tokens: readonly Token[],
  start: number,
  end: number,
): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  return first < 0 ? null : { first, last };
}
