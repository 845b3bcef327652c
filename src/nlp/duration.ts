const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)`;
const UNIT = String.raw`(?:years?|months?|weeks?|days?|decades?)`;
/** "within five years", "for two months": how long, not when. */
const INTRODUCED = new RegExp(
  String.raw`^(?:within|for|during)\s+(?:the\s+)?(?:next|past|last|coming\s+)?${COUNT}?\s*${UNIT}$`,
  "i",
);
/** "next five years", "last two months" after "over the", "in the", "for the", "during the". */
const PERIOD = new RegExp(String.raw`^(?:next|past|last|coming)\s+${COUNT}\s+${UNIT}$`, "i");
const BEFORE_PERIOD = /\b(?:over|in|for|during|within|throughout)\s+the\s+$/i;

/**
 * Whether chrono's expression `word` at `index` of `text` is a length of time rather than a
 * time: "to double imports within five years", "sanctions for two years", "over the next five
 * years", "in the past three months". chrono reads them as the point they end at.
 */
export function isDuration(text: string, index: number, word: string): boolean {
  const w = word.trim();
  if (INTRODUCED.test(w)) return true;
  return PERIOD.test(w) && BEFORE_PERIOD.test(text.slice(Math.max(0, index - 20), index));
}
