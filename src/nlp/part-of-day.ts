import * as chrono from "chrono-node";

/** "the night of", "the early hours of": words chrono takes for a time of today, not a date. */
const PART_OF =
  /^(?:(?:the\s+)?(?:night|morning|evening|afternoon|eve|early\s+hours|small\s+hours)\s+of\s+)/i;

/** A chrono result: where it is, its words, what it names. */
export interface Reading {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  /** Where a range ends ("June 14 to 19"), when the reading is one. */
  readonly end?: chrono.ParsedComponents | null;
}

/**
 * chrono reads "night of 23 February" as tonight, with no certain part. Such a result is read
 * again without its "night of": the date it names. Other results are returned as they are.
 */
export function withoutPartOfDay(text: string, results: readonly Reading[], reference: Date): Reading[] {
  return results.flatMap((r) => {
    const prefix = PART_OF.exec(r.text);
    if (!prefix || r.start.isCertain("day") || r.start.isCertain("weekday") || r.start.isCertain("month"))
      return [r];
    const index = r.index + prefix[0].length;
    const rest = text.slice(index, r.index + r.text.length);
    return chrono
      .parse(rest, { instant: reference, timezone: 0 })
      .map((inner) => ({ index: inner.index + index, text: inner.text, start: inner.start }));
  });
}
