/** "earlier in the month", "later in the year", "earlier in the week": chrono reads none of them. */
const CURRENT = /\b(?:earlier|later)\s+in\s+the\s+(year|month|week)\b/gi;

/**
 * The publication's own year or month, named as "earlier in the month" or "later in the year"
 * (a week is as precise as its month). Each as [index, text, date].
 */
export function currentPeriods(text: string, reference: Date): [number, string, string][] {
  const out: [number, string, string][] = [];
  const year = String(reference.getUTCFullYear()).padStart(4, "0");
  const month = String(reference.getUTCMonth() + 1).padStart(2, "0");
  for (const m of text.matchAll(CURRENT)) {
    const date = m[1]!.toLowerCase() === "year" ? year : `${year}-${month}`;
    out.push([m.index, m[0], date]);
  }
  return out;
}
