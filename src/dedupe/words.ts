import { foldDiacritics } from "../nlp/fold.js";

/** The words of a text as near-duplicate detection sees them: lower-cased, diacritic-folded runs of letters and digits. */
export function foldedWords(text: string): string[] {
  return foldDiacritics(text.toLowerCase()).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words per shingle: long enough that stock phrases shared by unrelated articles weigh little. */
export const SHINGLE_WORDS = 4;
