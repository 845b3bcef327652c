/**
 * "earlier in the month", "later in the year", "earlier in the week", "overnight", "earlier in the
 * day" ("on the day"): chrono reads none of them.
 */
const CURRENT = /\b(?:(?:earlier|later)\s+(?:in|on)\s+the\s+(year|month|week|day)|overnight)\b/gi;

/**
 * The publication's own year or month, named as "earlier in the month" or "later in the year"
 * (a week is as precise as its month), or its day, named as "overnight" (the night that ends
 * on it) or "earlier in the day". Each as [index, text, date].
 */
export function currentPeriods(text: string, reference: Date): [number, string, string][] {
  const out: [number, string, string][] = [];
  const year = String(reference.getUTCFullYear()).padStart(4, "0");
  const month = String(reference.getUTCMonth() + 1).padStart(2, "0");
  const day = String(reference.getUTCDate()).padStart(2, "0");
  for (const m of text.matchAll(CURRENT)) {
    const period = m[1]?.toLowerCase();
    const date =
      period === undefined || period === "day"
        ? `${year}-${month}-${day}`
        : period === "year"
          ? year
          : `${year}-${month}`;
    out.push([m.index, m[0], date]);
  }
  return out;
}
