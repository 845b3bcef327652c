/** Month names that are also common words; chrono reads "may" in "may help" as the month. */
const AMBIGUOUS_MONTH = /^(?:may|march|sept?|jan|mar|oct|dec)$/i;
/** Words that make the next capitalised one a month: "in March", "mid-May", "since May". */
const BEFORE_MONTH =
  /\b(?:in|since|until|till|by|of|during|from|through|early|late|mid|last|next|this|before|after|between|and|or)[\s-]+$/i;

/**
 * Whether chrono's reading of `word` at `index` of `text` as a month stands: a word that is also
 * a common word ("may", "march") is a month only when capitalised and after a word that
 * introduces a time ("in March", "mid-May", "since May"), not in "may help" or "Theresa May".
 */
export function isMonthReading(text: string, index: number, word: string): boolean {
  if (!AMBIGUOUS_MONTH.test(word)) return true;
  const first = word.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return BEFORE_MONTH.test(text.slice(Math.max(0, index - 20), index));
}
