import type { Tense } from "./sentence-tense.js";

/**
 * "last autumn", "this spring", "next summer", "in the autumn": chrono reads no season. Winter is
 * left out (it spans two years), as is a bare "fall" (the fall of a city), and a season with its
 * year after it ("the spring of 2018", whose year is read as a year).
 */
const SEASON =
  /\b(?:(last|this|next|past|coming)\s+(spring|summer|autumn|fall)|in\s+(?:the\s+)?(spring|summer|autumn))\b(?![\s,]+(?:of\s+)?(?:19|20)\d\d)/gi;

/** The first month of each season, months counted from 1. */
const STARTS: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9 };

/**
 * The year of a season named relative to the publication: "last autumn" is the last one that began
 * before the publication's month, "next summer" the first one after it, "this spring" the
 * publication's year's; "in the autumn" is read the way its verb looks (past: the last one begun
 * by then; future: the next one not yet over). A season's year is as precise as its date gets.
 * Each as [index, text, date].
 */
export function seasons(
  text: string,
  reference: Date,
  tenseAt: (index: number, length: number) => Tense,
): [number, string, string][] {
  const out: [number, string, string][] = [];
  const year = reference.getUTCFullYear();
  const month = reference.getUTCMonth() + 1;
  for (const m of text.matchAll(SEASON)) {
    const relation = m[1]?.toLowerCase() ?? null;
    const start = STARTS[(m[2] ?? m[3])!.toLowerCase()]!;
    const end = start + 2;
    let y: number;
    if (relation === "this") y = year;
    else if (relation === "last" || relation === "past") y = start < month && end < month ? year : year - 1;
    else if (relation === "next" || relation === "coming") y = start > month ? year : year + 1;
    else {
      const tense = tenseAt(m.index, m[0].length);
      if (tense === "past") y = start <= month ? year : year - 1;
      else if (tense === "future") y = end >= month ? year : year + 1;
      else y = year;
    }
    out.push([m.index, m[0], String(y).padStart(4, "0")]);
  }
  return out;
}
