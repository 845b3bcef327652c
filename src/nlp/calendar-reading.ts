import type { Tense } from "./sentence-tense.js";

/**
 * The year of a month or day named without one ("in March", "on 5 May"), read from the
 * publication date the way the sentence looks: back, the last such month or day on or before
 * publication ("met in August"); ahead, the first on or after it ("will meet in August"); in the
 * present tense, the nearer of the two ("celebrates its independence on September 1").
 */
export function yearOf(month: number, day: number | null, reference: Date, tense: Tense): number {
  const year = reference.getUTCFullYear();
  const at = (y: number) => (day === null ? Date.UTC(y, month - 1, 15) : Date.UTC(y, month - 1, day));
  const now = reference.getTime();
  // A month matches its whole span: "in May" on 20 May is this May whichever way one looks.
  const same = (y: number) =>
    day === null
      ? y === year && month === reference.getUTCMonth() + 1
      : at(y) === Date.UTC(year, reference.getUTCMonth(), reference.getUTCDate());
  if (same(year)) return year;
  const before = at(year) < now ? year : year - 1;
  const after = at(year) > now ? year : year + 1;
  // A day within a week of publication is that day, whichever way the verb looks: "halted flights
  // starting on August 9" published on 8 August names the next day, not one a year back.
  const nearer = now - at(before) <= at(after) - now ? before : after;
  if (day !== null && Math.abs(at(nearer) - now) <= WEEK) return nearer;
  if (tense === "past") return before;
  if (tense === "future") return after;
  return nearer;
}

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/**
 * The date of a weekday named alone ("on Friday"): the last one on or before publication in a
 * sentence that looks back, the first on or after it in one that looks ahead, else the nearer.
 * `nearest` is chrono's reading, at most three days either side of publication.
 */
export function weekdayOf(nearest: Date, reference: Date, tense: Tense): Date {
  const day = Date.UTC(nearest.getUTCFullYear(), nearest.getUTCMonth(), nearest.getUTCDate());
  const today = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  if (tense === "past" && day > today) return new Date(day - 7 * DAY);
  if (tense === "future" && day < today) return new Date(day + 7 * DAY);
  return new Date(day);
}
