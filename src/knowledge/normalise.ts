/** Letters that NFKD does not decompose into a base letter plus combining marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  đ: "d",
  Đ: "d",
  ð: "d",
  Ð: "d",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ß: "ss",
  ẞ: "ss",
  ı: "i",
  þ: "th",
  Þ: "th",
  ħ: "h",
  Ħ: "h",
};

const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "gu");

/**
 * The comparison form of an alias or an article token: diacritics stripped, special letters
 * spelled out, quotes and dashes unified, lower case, single spaces.
 *
 * Both sides of the phrase matcher go through it, so "Vučić", "VUCIC" and "Vucic" meet.
 * Serbian "đ" becomes "d" ("Đukanović" -> "dukanovic"); the data lists "dj" spellings
 * ("Djukanovic") as explicit aliases.
 *
 * @example normaliseForm("Chișinău’s  Élysée") // "chisinau's elysee"
 */
export function normaliseForm(text: string): string {
  // Quotes first: NFKD turns the acute accent U+00B4 into a space plus a combining mark.
  return text
    .replace(/[\u2018\u2019\u0060\u00b4\u02bc\u2032]/gu, "'")
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/gu, "-")
    .toLowerCase()
    .replace(/\s+/gu, " ")
    .trim();
}
