import * as chrono from "chrono-node";
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
 * Finds the dates a sentence names: explicit and relative expressions through chrono-node,
 * resolved against the publication date (past by default: news reports what happened),
 * and bare years ("in 2014", "the 2008 war"), which chrono does not read.
 */
export function findTimeExpressions(
  text: string,
  offset: number,
  tokens: readonly Token[],
  published: string | null,
): TimeExpression[] {
  const out: TimeExpression[] = [];
  if (CUE.test(text)) {
    const reference = published ? new Date(`${published}T12:00:00Z`) : new Date();
    const future = FUTURE.test(text);
    for (const result of chrono.parse(text, { instant: reference, timezone: 0 })) {
      const expression = fromChrono(result, reference, future);
      if (!expression) continue;
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
