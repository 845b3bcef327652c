// English only: the package root also loads its fifteen other locales (~250 more modules at start-up),
// and its `parse` is this locale's casual parser.
import * as chrono from "chrono-node/en";
import type { TimeExpression, Token } from "./annotated-document.js";

/** Words that make chrono worth running on a sentence; most sentences have none. */
const CUE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|(?:this|last|next|past|previous|coming)\s+(?:year|month|week|weekend|spring|summer|autumn|winter))\b/i;
const FUTURE =
  /\b(?:will|shall|next|upcoming|coming|to be held|scheduled|due to|plans? to|set to|later this)\b/i;
/** Month names that are also common words; chrono reads "may" in "may help" as the month. */
const AMBIGUOUS_MONTH = /^(?:may|march|sept?|jan|mar|oct|dec)$/i;
const YEAR = /^(?:mid-|early-|late-)?((?:19|20)\d\d)$/;
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
 * "the 2008 war"), which chrono does not read.
 */
export function findTimeExpressions(
  text: string,
  offset: number,
  tokens: readonly Token[],
  published: string | null,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  if (CUE.test(text)) {
    const future = FUTURE.test(text);
    const dated = published
      ? chronoDates(text, new Date(`${published}T12:00:00Z`), future)
      : absoluteDates(text, future);
    for (const { result, expression } of dated) {
      const start = offset + result.index;
      const end = start + result.text.length;
      const span = tokenSpan(tokens, start, end);
      // A literal, not a spread of the span: every time expression then has one hidden class.
      if (span) out.push({ first: span.first, last: span.last, text: result.text, date: expression });
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A year ends in a digit: most tokens are done with one comparison.
    const last = token.text.charCodeAt(token.text.length - 1);
    if (!(last >= 48 && last <= 57)) continue;
    const year = YEAR.exec(token.text)?.[1];
    if (!year || out.some((t) => i >= t.first && i < t.last)) continue;
    const next = tokens[i + 1];
    const previous = tokens[i - 1];
    if (next && COUNTED.test(next.text)) continue;
    if (previous && /^[$€£]$/.test(previous.text)) continue;
    out.push({ first: i, last: i + 1, text: token.text, date: year });
  }
  return out.sort((a, b) => a.first - b.first);
}

interface ChronoDate {
  readonly result: chrono.ParsedResult;
  readonly expression: string | null;
}

function chronoDates(
  text: string,
  reference: Date,
  future: boolean,
): { result: chrono.ParsedResult; expression: string }[] {
  const out: { result: chrono.ParsedResult; expression: string }[] = [];
  for (const result of chrono.parse(text, { instant: reference, timezone: 0 })) {
    const expression = fromChrono(result, reference, future);
    if (expression) out.push({ result, expression });
  }
  return out;
}

/**
 * Every expression, dated only when it names the same date whatever the reference: a relative
 * one stays (an event "on Monday" is not dated by an earlier sentence's year) with no date.
 */
function absoluteDates(text: string, future: boolean): ChronoDate[] {
  const [a, b] = PROBES;
  const other = new Map(
    chronoDates(text, b, future).map((d) => [`${d.result.index}:${d.result.text}`, d.expression]),
  );
  return chronoDates(text, a, future).map((d) =>
    other.get(`${d.result.index}:${d.result.text}`) === d.expression ? d : { ...d, expression: null },
  );
}

function fromChrono(result: chrono.ParsedResult, reference: Date, future: boolean): string | null {
  const start = result.start;
  const word = result.text.trim();
  if (AMBIGUOUS_MONTH.test(word)) return null;
  // "two years after granting it candidate status" counts from another event, not from publication.
  if (/\b(?:after|before|later|earlier)$/i.test(word)) return null;
  if (
    !start.isCertain("year") &&
    !start.isCertain("month") &&
    !start.isCertain("day") &&
    !start.isCertain("weekday")
  )
    return null;
  let year = start.get("year")!;
  const month = start.get("month")!;
  const day = start.get("day")!;
  // A month or day without a year that falls after publication is last year's, unless the sentence looks ahead.
  if (!start.isCertain("year") && !start.isCertain("weekday") && !future) {
    const date = Date.UTC(year, month - 1, day);
    if (date > reference.getTime()) year -= 1;
  }
  const y = String(year).padStart(4, "0");
  const m = String(month).padStart(2, "0");
  const d = String(day).padStart(2, "0");
  if (start.isCertain("day") || start.isCertain("weekday")) return `${y}-${m}-${d}`;
  if (start.isCertain("month")) return `${y}-${m}`;
  return y;
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
