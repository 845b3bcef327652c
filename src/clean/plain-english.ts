/**
 * How much of its opening the test reads: a little more than eld, which decides on the first
 * ~350 bytes of a text (its words up to there, cut at the next space, never past 380 bytes).
 */
const OPENING = 420;
/** Fewer words than this in the opening and the test does not decide. */
const MIN_WORDS = 30;
/** The share of the opening's words that must be frequent English words (news prose: ~25-45 %). */
const MIN_SHARE = 0.2;
/**
 * The most frequent words of English news. A few are words of other languages too ("in", "a",
 * "is", "was", "over"), but no other language has a fifth of its words among these, and "the",
 * which must be there, is written by none.
 */
const ENGLISH = new Set(
  (
    "the of and to a in is that for on was with as by at from it an were are be this has have " +
    "had its his her their they he she who which not but after said will would been than also " +
    "over into about more could should there what when where while against between during"
  ).split(" "),
);
/** Latin letters (with diacritics: names), digits, punctuation; anything else leaves it to eld. */
const PLAIN = /^[\x20-\x7e\t\n\r\u00a0-\u024f\u2000-\u206f\u20ac]*$/;
const WORD = /\p{L}+/gu;

/**
 * Whether a text is English beyond doubt, by a test far cheaper than language identification
 * (and than loading eld's tables): its opening is in Latin script, has 30 words or more, at least
 * a fifth of them among the most frequent English words, "the" among them. Every corpus text and
 * every opening cut from them word by word that this test accepts, eld calls English too
 * (`plain-english.test.ts`); the texts it refuses go to eld.
 */
export function isPlainEnglish(text: string): boolean {
  const opening = text.length > OPENING ? text.slice(0, OPENING) : text;
  if (!PLAIN.test(opening)) return false;
  const words = opening.toLowerCase().match(WORD);
  if (!words || words.length < MIN_WORDS) return false;
  let english = 0;
  let the = false;
  for (const word of words) {
    if (ENGLISH.has(word)) english++;
    if (word === "the") the = true;
  }
  return the && english >= MIN_SHARE * words.length;
}
