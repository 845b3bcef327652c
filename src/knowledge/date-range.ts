/** The days a partial date stands for, as comparable strings: "2019-07" -> 2019-07-01 .. 2019-07-31. */
export interface DateRange {
  readonly start: string;
  /** The last day, possibly not a real one ("2019-02-31"): it only serves string comparison. */
  readonly end: string;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** Throws on anything but YYYY, YYYY-MM or YYYY-MM-DD (a programmer error: dates are normalised upstream). */
export function dateRange(date: string): DateRange {
  if (!DATE_RE.test(date)) throw new Error(`bad date: ${date}`);
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-31` };
  return { start: date, end: date };
}

export interface Span {
  readonly from: string;
  readonly to: string | null;
}

/** Whether any day of the range falls in the half-open span [from, to). */
export function spanCovers(span: Span, range: DateRange): boolean {
  return span.from <= range.end && (span.to === null || range.start < span.to);
}

/** How late in the range the span reaches; compare to pick the span covering the latest part. */
export function reachInto(span: Span, range: DateRange): string {
  return span.to === null || span.to > range.end ? "~" : span.to;
}
