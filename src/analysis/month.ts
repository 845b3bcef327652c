/** YYYY-MM arithmetic on month strings; months compare as strings. */

export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/u;

/** The month `n` months after `month` (before, when negative). */
export function addMonths(month: string, n: number): string {
  const index = monthIndex(month) + n;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Months from `a` to `b` (positive when `b` is later). */
export function monthsBetween(a: string, b: string): number {
  return monthIndex(b) - monthIndex(a);
}

/** Every month from `from` to `to`, inclusive. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The last day of a month, YYYY-MM-DD. */
export function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

/** The month of a date (YYYY-MM or YYYY-MM-DD), else null (a bare year or nothing). */
export function monthOf(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}/u.test(date) ? date.slice(0, 7) : null;
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
