import type { BoilerplateKind } from "./clean-document.js";
import { CHROME_WORDS as W, alternation } from "./chrome-words.js";
import { endsWithSentenceMark, wordCount } from "./shape.js";

/** What a pattern says a line is: a kind of boilerplate, or a header opening a related block. */
export type LineKind = BoilerplateKind | "related-header";

const u = "iu";
const SEP = "\\s*(?:[:：»>|]|[-–—](?=\\s))";
const RELATED_HEADER = new RegExp(`^(?:${alternation(W.relatedHeaders)})\\s*[:：»>]?\\s*$`, u);
const READ_MORE = new RegExp(`^(?:${alternation(W.readMorePrefixes)})${SEP}\\s*\\S`, u);
const CAPTION_LABEL = new RegExp(`^(?:${alternation(W.captionLabels)})\\s*[:：]`, u);
const CAPTION_END = new RegExp(`\\((?:${alternation(W.captionLabels)})\\s*[:：][^)]*\\)\\s*$`, u);
const CREDIT_END = new RegExp(
  `(?:[/|©]\\s*|\\(\\s*|\\b(?:photo|image|credit|фото|foto)\\s*[:：]?\\s*)(?:${alternation(W.captionCredits)})(?:\\s*/\\s*[\\p{L} .]+)?\\s*\\)?\\s*$`,
  u,
);
/** What CREDIT_END must contain where its match starts: a cheap scan that rejects most lines. */
const CREDIT_END_START = /[/|©(]|photo|image|credit|фото|foto/iu;
const PROMO_TAG = /\[(?=[^\]]*\p{Lu}{2})[\p{Lu}\d ,&'’!?-]{2,31}\]\s*$/u;
const MORE_FROM =
  /^(?:more|other|latest)\s+(?:from|on|about|in|stories from|news from)\s+[\p{L}\p{N}&'’ .-]{1,40}:?$/iu;
/**
 * Every phrase of COOKIE_STRONG, COOKIE_WEAK, CREDIT_ANYWHERE and APPEAL in one alternation, with
 * none of their lookarounds: none of the four can match a line this does not match, and one scan
 * of it costs less than the four. Nearly every line is rejected here.
 */
const ANY_PHRASE = new RegExp(
  alternation([...W.cookieStrong, ...W.cookieWeak, ...W.creditPhrases, ...W.appealPhrases]),
  u,
);
const COOKIE_STRONG = new RegExp(alternation(W.cookieStrong), u);
const COOKIE_WEAK = new RegExp(alternation(W.cookieWeak), u);
const COOKIE_ACTION = new RegExp(alternation(W.cookieAction), u);
const NAV_EXACT = new RegExp(
  `^(?:${alternation(W.navigationPhrases)})(?:\\s*[(\\[]?\\d*[)\\]]?)?[\\s.:!»>|]*$`,
  u,
);
const NAV_START = new RegExp(
  `^(?:${alternation(W.navigationPhrases.filter((p) => p.includes(" ") || /subscri|newsletter|підпис|подпис/.test(p)))})(?!\\p{L})`,
  u,
);
const ADVERT = new RegExp(`^[\\s\\-–—]*(?:${alternation(W.advertPhrases)})(?![\\p{L}])`, u);
const AGENCY_CREDIT = /(?:^|[\s.])\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\s*\/\s*\p{Lu}[\p{L}.'’ -]{0,40}$/u;
const CAPTION_TAIL = new RegExp(
  `(?:^|[.!?)]\\s+)(?:${alternation(W.captionLabels)})\\s*[:：]\\s*[^.!?]{1,80}$`,
  u,
);
const SOURCE_LABEL =
  /(?:^|[|·]\s*)(?:source|sources|izvor|извор|джерело|источник|źródło|sursa|quelle|šaltinis|allikas|avots|zdroj|forrás)\s*:/iu;
const SEPARATORS = /\s[|·•/>›»→]\s/g;
const CREDIT_LINE =
  /^\(?\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|written|translated|produced)\s+by\s+\p{Lu}/iu;
const CREDIT_ANYWHERE = new RegExp(`(?<!\\p{L})(?:${alternation(W.creditPhrases)})(?!\\p{L})`, u);
const APPEAL = new RegExp(`(?<!\\p{L})(?:${alternation(W.appealPhrases)})(?!\\p{L})`, u);
const FOLLOW =
  /^(?:follow|join|subscribe|sign up|like|find)\b.{0,100}\b(?:telegram|facebook|twitter|instagram|youtube|viber|whatsapp|tiktok|newsletter|channel|x\.com|t\.me)\b/iu;
const TAGS = new RegExp(`^(?:${alternation(W.tagLabels)})\\s*[:：]`, u);
const BYLINE = new RegExp(
  `^(?:${alternation(W.bylineLabels)})\\s*[:：]?\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:(?:\\s*[,&|]|\\s+(?:and|і|и|i|[-–—]))\\s*.{0,60})?$`,
  u,
);
const DATE_LABELS = new RegExp(`(?<!\\p{L})(?:${alternation(W.dateLabels)})(?!\\p{L})`, "giu");
const COPYRIGHT = new RegExp(alternation(W.copyrightPhrases), u);
const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" +
  "mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|gmt|utc|bst|cet|cest|eet|eest|msk|kyiv|time|" +
  "січ\\p{L}*|лют\\p{L}*|берез\\p{L}*|квіт\\p{L}*|трав\\p{L}*|черв\\p{L}*|лип\\p{L}*|серп\\p{L}*|верес\\p{L}*|жовт\\p{L}*|листоп\\p{L}*|груд\\p{L}*|" +
  "янв\\p{L}*|фев\\p{L}*|мар\\p{L}*|апр\\p{L}*|ма[яй]|июн\\p{L}*|июл\\p{L}*|авг\\p{L}*|сен\\p{L}*|окт\\p{L}*|ноя\\p{L}*|дек\\p{L}*|г|року|года|" +
  "stycz\\p{L}*|lut\\p{L}*|mar\\p{L}*|kwie\\p{L}*|maj\\p{L}*|czerw\\p{L}*|lip\\p{L}*|sierp\\p{L}*|wrze\\p{L}*|paźdz\\p{L}*|listop\\p{L}*|grud\\p{L}*";
const DATE_TOKENS = new RegExp(`(?<!\\p{L})(?:${MONTHS})(?!\\p{L})\\.?`, "giu");
const DIGITS = /\d/;
const RIGHTS = /^(©|\(c\)|copyright)|©|all rights|права|prawa|prava|drepturile|rechte/iu;

/** A line made of a date or time and little else ("Thu, Nov 21, 2019 | 10:33 am"). */
export function isDateOnly(line: string): boolean {
  if (line.length > 120 || !DIGITS.test(line)) return false;
  const rest = line
    .replace(DATE_LABELS, " ")
    .replace(DATE_TOKENS, " ")
    .replace(/[^\p{L}]/gu, "");
  return rest.length <= 2;
}

/** An agency's closing credit ("Reporting by ...; Editing by ..."): the article ends here. */
export function isCreditLine(line: string): boolean {
  const s = line.trim();
  return CREDIT_LINE.test(s) || (s.length <= 300 && CREDIT_ANYWHERE.test(s));
}

/**
 * What the patterns of data/clean/chrome-words.json say one line (or joined paragraph) is,
 * or null when they say nothing and its shape and neighbours must decide.
 */
export function lineKind(line: string): LineKind | null {
  const s = line.trim();
  const n = s.length;
  // Cheap length gates first: most lines are body paragraphs, too long for any pattern.
  if (n === 0 || n > 700) return null;
  const phrase = ANY_PHRASE.test(s);
  if (phrase && (COOKIE_STRONG.test(s) || (COOKIE_WEAK.test(s) && COOKIE_ACTION.test(s)))) return "cookie";
  if (n > 400) return null;
  if (CREDIT_LINE.test(s)) return "other";
  if (n > 300) return null;
  if (phrase && (CREDIT_ANYWHERE.test(s) || APPEAL.test(s))) return "other";
  // End-anchored patterns only need the end of the line.
  const tail = n > 120 ? s.slice(n - 120) : s;
  if (READ_MORE.test(s)) return "related";
  if (n <= 250 && PROMO_TAG.test(tail)) return "promo";
  if (CAPTION_LABEL.test(s) || CAPTION_END.test(tail)) return "caption";
  if (
    (CREDIT_END_START.test(tail) && CREDIT_END.test(tail)) ||
    AGENCY_CREDIT.test(tail) ||
    CAPTION_TAIL.test(s)
  )
    return "caption";
  if (TAGS.test(s)) return "navigation";
  const words = wordCount(s);
  if (words > 25) return null;
  if (words <= 8 && (RELATED_HEADER.test(s) || MORE_FROM.test(s))) return "related-header";
  if (FOLLOW.test(s)) return "navigation";
  const sentence = endsWithSentenceMark(s);
  if (n <= 150 && !sentence) {
    if (SOURCE_LABEL.test(s)) return "other";
    if ((s.match(SEPARATORS)?.length ?? 0) >= 2) return "navigation";
  }
  if (words <= 6 && ADVERT.test(s)) return "other";
  if (words <= 6 && NAV_EXACT.test(s)) return "navigation";
  if (words <= 15 && NAV_START.test(s)) return "navigation";
  if (words <= 12 && !sentence && BYLINE.test(s)) return "other";
  if (n <= 120 && isDateOnly(s)) return "other";
  if (n <= 200 && COPYRIGHT.test(s) && RIGHTS.test(s)) return "other";
  return null;
}
