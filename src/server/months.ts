/** YYYY-MM arithmetic for index spans. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addMonths(month: string, n: number): string {
  return monthOf(monthIndex(month) + n);
}

/** This month, YYYY-MM (UTC). */
export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}
