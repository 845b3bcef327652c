import { yearOf } from "./calendar-reading.js";
import type { Tense } from "./sentence-tense.js";

/** "last May", "early May", "mid-May", "late May": chrono takes "May" after these for the verb. */
const MAY = /\b(last|early|mid|late)[\s-]+May\b(?![\s,]*\d)/g;

/**
 * The month May where chrono reads none: after "last", "early", "mid" or "late" (a year after it,
 * "early May 2020", chrono reads). "last May" is the last May on or before publication; the
 * others are read the way their verb looks. Each as [index, text, date].
 */
export function mayMonths(
  text: string,
  reference: Date,
  tenseAt: (index: number, length: number) => Tense,
): [number, string, string][] {
  const out: [number, string, string][] = [];
  for (const m of text.matchAll(MAY)) {
    const index = m.index;
    const tense = m[1]!.toLowerCase() === "last" ? "past" : tenseAt(index, m[0].length);
    const year = yearOf(5, null, reference, tense);
    out.push([index, m[0], `${String(year).padStart(4, "0")}-05`]);
  }
  return out;
}
