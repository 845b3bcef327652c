/** A time expression of a sentence: where it is, its words, its date (null: relative, unanchored). */
export interface Dated {
  readonly index: number;
  readonly text: string;
  readonly date: string | null;
  /** chrono's full reading (year, month, day), for joins that need more than `date` shows. */
  readonly instant: Date | null;
}

const AGO = /\bago$/i;
const YEAR_PHRASE = /^(?:last|this|next|past)\s+year$/i;

/**
 * Joins the parts of one expression chrono reads as two: "one year ago today" is a day (the
 * publication day a year back), "May last year" and "last year in May" a month of that year.
 * The joined expression spans both parts.
 */
export function joinExpressions(text: string, found: readonly Dated[]): Dated[] {
  const out: Dated[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1];
    const joined = b ? join(text, a, b) : null;
    if (joined) {
      out.push(joined);
      k++;
    } else out.push(a);
  }
  return out;
}

function join(text: string, a: Dated, b: Dated): Dated | null {
  if (!a.date || !b.date) return null;
  const gap = text.slice(a.index + a.text.length, b.index);
  const span = (date: string): Dated => ({
    index: a.index,
    text: text.slice(a.index, b.index + b.text.length),
    date,
    instant: null,
  });
  // "a year ago today", "two years ago this month".
  if (AGO.test(a.text.trim()) && /^\s*$/.test(gap) && a.instant) {
    const iso = a.instant.toISOString();
    if (/^today$/i.test(b.text.trim())) return span(iso.slice(0, 10));
    if (/^this month$/i.test(b.text.trim())) return span(iso.slice(0, 7));
  }
  // "in May last year", "last year in May", "this year, in October".
  if (!/^\s*,?\s*(?:in\s+)?$/i.test(gap)) return null;
  const month = (d: Dated) => /^\d{4}-\d\d$/.test(d.date ?? "");
  if (month(a) && YEAR_PHRASE.test(b.text.trim())) return span(`${b.date}-${a.date!.slice(5)}`);
  if (YEAR_PHRASE.test(a.text.trim()) && month(b)) return span(`${a.date}-${b.date!.slice(5)}`);
  return null;
}
