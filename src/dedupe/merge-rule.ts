/** The fields of a coded event that decide whether two reports are of one event. */
export interface MergeKey {
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly modality: string;
  /** YYYY, YYYY-MM, YYYY-MM-DD or null. */
  readonly date: string | null;
  /** The date, else the publication date of its document, else "" (the store's `sort_date`). */
  readonly sortDate: string;
}

/** Most days apart two day-precision events (or two undated events' publication days) may be. */
export const MAX_DAYS_APART = 3;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Whether two reports are of one event: the same type, actor, target and modality, and close in
 * time: both dated to the day and at most 3 days apart; both to the same month, or the same year;
 * or both undated with publication days at most 3 days apart. Dates of different precision
 * never merge (a month-dated report may be of another event that month), nor do undated reports
 * of documents without a publication day.
 */
export function sameEvent(a: MergeKey, b: MergeKey): boolean {
  if (a.type !== b.type || a.actor !== b.actor || a.target !== b.target || a.modality !== b.modality)
    return false;
  if (a.date === null || b.date === null)
    return (
      a.date === b.date &&
      DAY.test(a.sortDate) &&
      DAY.test(b.sortDate) &&
      daysApart(a.sortDate, b.sortDate) <= MAX_DAYS_APART
    );
  if (a.date.length !== b.date.length) return false;
  return DAY.test(a.date) ? daysApart(a.date, b.date) <= MAX_DAYS_APART : a.date === b.date;
}

/** The `sort_date` range holding every report that may be of the same event as `key`, or null when none may. */
export function mergeWindow(key: MergeKey): { readonly from: string; readonly to: string } | null {
  const day = key.date ?? key.sortDate;
  if (key.date === null && !DAY.test(day)) return null;
  if (!DAY.test(day)) return { from: day, to: day };
  return { from: shift(day, -MAX_DAYS_APART), to: shift(day, MAX_DAYS_APART) };
}

/** Days between two YYYY-MM-DD dates, or Infinity when either is not one. */
export function daysApart(a: string, b: string): number {
  if (!DAY.test(a) || !DAY.test(b)) return a === b ? 0 : Infinity;
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS;
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
