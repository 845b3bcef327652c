/**
 * Shape features of a line or paragraph: what tells a body sentence from a headline, a
 * menu item or a teaser's opening. Regexes are compiled once; the functions allocate little.
 */

const TERMINAL = /[.!?…;:]["'”’»)\]]*\s*$|[.!?…]\s*["'”’»)\]]+\s*$/;
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s*$/;
const TRUNCATED = /(\.\.\.|…)\s*$/;
const INNER_BREAK = /[\p{Ll}\p{N})"”’][.!?]\s+["“‘]?\p{Lu}/u;
const BULLET = /^\s*(?:[•·▪●◦‣∙*►▶]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*/;
const LOWER = /\p{Ll}/u;

/** Punctuation outside ASCII that does not make a token a word on its own. */
const NON_WORD = /[\u2010-\u206f\u00a0-\u00bf\u00d7\u00f7\u2190-\u2bff\u3000-\u303f]/;

/**
 * Number of whitespace-separated tokens holding a letter or digit. A char-code loop rather
 * than a Unicode regex: it runs on every line and was the cleaner's hottest function.
 */
export function wordCount(s: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (counted) continue;
    const word =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c > 127 && !NON_WORD.test(s[i]!));
    if (word) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Ends like a sentence or clause: . ! ? … ; or a colon introducing a quote, maybe before quotes. */
export function endsLikeSentence(s: string): boolean {
  return TERMINAL.test(s);
}

/** Ends with . ! ? or …, maybe before closing quotes or brackets. */
export function endsWithSentenceMark(s: string): boolean {
  return SENTENCE_END.test(s);
}

/** Cut off with "..." or "…", as teaser summaries are. */
export function isTruncated(s: string): boolean {
  return TRUNCATED.test(s);
}

/** Has a sentence break inside ("... deal. The ..."): a paragraph, not a headline. */
export function hasInnerSentenceBreak(s: string): boolean {
  return INNER_BREAK.test(s);
}

export function bulletOf(s: string): string | null {
  const m = BULLET.exec(s);
  return m ? m[0] : null;
}

export function hasLowercase(s: string): boolean {
  return LOWER.test(s);
}

/**
 * Body-like: ends like a sentence with at least four words and some lower case, or is long
 * enough (25+ words) to be a paragraph whose final mark was lost.
 */
export function isSentenceLike(s: string): boolean {
  const words = wordCount(s);
  if (words >= 25 && hasLowercase(s)) return true;
  return words >= 4 && endsLikeSentence(s) && hasLowercase(s);
}

/**
 * An upper-case opening in the style of tabloid teasers ("MILLIONS of fish", "THE UNITED
 * States", "A FORMER British official"): two or more capitalised words, or one of five or
 * more letters, before ordinary text. A dateline ("MOSCOW (Reuters) -", "KYIV, Nov 21") and
 * acronyms (NATO, EU) are not.
 */
export function hasCapsLead(s: string): boolean {
  const words = s.trimStart().split(/\s+/, 6);
  let capsWords = 0;
  let capsLetters = 0;
  for (const raw of words) {
    const w = raw.replace(/^["'“‘(]+/, "");
    const letters = w.replace(/[^\p{L}]/gu, "");
    if (letters.length === 0 || letters !== letters.toUpperCase() || !/\p{Lu}/u.test(letters)) break;
    if (/[,(:—–]$|^[-–—]$/.test(w) || /^\(/.test(raw)) return false;
    capsWords++;
    capsLetters += letters.length;
  }
  if (capsWords === 0 || capsWords >= words.length) return false;
  const next = words[capsWords] ?? "";
  if (/^[(\-–—,]/.test(next)) return false;
  return capsLetters >= 5;
}
