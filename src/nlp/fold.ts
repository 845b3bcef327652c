const SPECIAL: Readonly<Record<string, string>> = {
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
  ø: "o",
  Ø: "O",
  ı: "i",
  ß: "s",
  æ: "a",
  Æ: "A",
  œ: "o",
  Œ: "O",
  þ: "t",
  ð: "d",
};
const cache = new Map<string, string>();

/**
 * Replaces each accented Latin letter with its base letter, one character for one, so offsets
 * stay valid: "Vučić" -> "Vucic". wink-nlp splits words at letters outside Latin-1
 * ("Vu", "č", "i", "ć"), so it tokenises the folded text and tokens keep the original spelling.
 */
export function foldDiacritics(text: string): string {
  return text.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => {
    let base = cache.get(ch);
    if (base === undefined) {
      const stripped = SPECIAL[ch] ?? ch.normalize("NFKD").replace(/\p{M}/gu, "");
      base = stripped.length === 1 ? stripped : ch;
      cache.set(ch, base);
    }
    return base;
  });
}
