const DAY = 24 * 60 * 60 * 1000;
const WEEK = /^(?:(?:later|earlier)\s+)?(this|last|next|past|previous|coming)\s+week(?:end)?$/i;
const DAY_PART = /^(?:this\s+(?:morning|afternoon|evening)|tonight|(?:earlier|later)\s+today)$/i;

/**
 * The date of a week or a part of the publication day, which chrono reads with no certain part:
 * a week is as precise as its month ("last week" in a 10 May article is 2031-05; the text does
 * not say the day), a part of the day is the day ("this morning"). Undefined for other words.
 */
export function weekOrDayPart(word: string, reference: Date): string | undefined {
  const week = WEEK.exec(word);
  if (week) {
    const shift = { this: 0, last: -7, past: -7, previous: -7, next: 7, coming: 7 }[
      week[1]!.toLowerCase() as "this"
    ];
    return new Date(reference.getTime() + shift * DAY).toISOString().slice(0, 7);
  }
  if (DAY_PART.test(word)) return reference.toISOString().slice(0, 10);
  return undefined;
}
