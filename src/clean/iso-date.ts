const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/;
const SLASHED = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})/;
const DOTTED = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)/;

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A date as YYYY-MM-DD from the forms pages use: ISO 8601 (the calendar date as written,
 * not shifted to UTC, so "2014-03-18T23:30+02:00" stays the 18th as the outlet dated it),
 * 2019/11/21, 21.11.2019, 20191121, or anything Date.parse reads ("Thu, 21 Nov 2019").
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  let m = ISO.exec(value) ?? SLASHED.exec(value) ?? COMPACT.exec(value);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(value);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  return valid(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
