import type { Boilerplate, BoilerplateKind, Teaser } from "./clean-document.js";
import { bylineDate } from "./byline-date.js";
import { captionUnits } from "./caption-prefixes.js";
import { isCreditLine } from "./line-kind.js";
import { endsWithSentenceMark, isSentenceLike, wordCount } from "./shape.js";
import { teaserCandidates } from "./teaser-pairs.js";
import { textUnits, type TextUnit } from "./text-units.js";

/** What the line classifier makes of a plain-text dump. */
export interface TextCleaning {
  readonly title: string | null;
  /** Body paragraphs, title excluded. */
  readonly paragraphs: readonly string[];
  readonly boilerplate: readonly Boilerplate[];
  readonly teasers: readonly Teaser[];
  /** YYYY-MM-DD of the byline date above the first body paragraph (see bylineDate), or null. */
  readonly published: string | null;
  /** 1-based numbers of the lines kept as main text (title included), for error analysis. */
  readonly keptLines: readonly number[];
}

/** A sentence of two or three words ("Why not?") between body paragraphs. */
function isShortSentence(units: readonly TextUnit[], i: number, keptBefore: number): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  return (
    keptBefore > 0 &&
    wordCount(u.text) >= 2 &&
    endsWithSentenceMark(u.text) &&
    /\p{Ll}/u.test(u.text) &&
    next !== undefined &&
    next.pattern === null &&
    isSentenceLike(next.text)
  );
}

/** Would a reader take this short line for a subheading of the article? */
function isSubheading(units: readonly TextUnit[], i: number, keptBefore: number): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  const words = wordCount(u.text);
  return (
    keptBefore > 0 &&
    u.lineCount === 1 &&
    !u.bullet &&
    words >= 1 &&
    words <= 8 &&
    !/[:/|@]|https?|www\./.test(u.text) &&
    next !== undefined &&
    next.block !== u.block &&
    units[i - 1]?.block !== u.block &&
    next.pattern === null &&
    isSentenceLike(next.text)
  );
}

/**
 * Classifies the lines of a scraped plain-text article. The title is the first non-empty
 * line; body paragraphs are units that read as sentences; chrome is what the patterns of
 * data/clean/chrome-words.json name, repeated caption labels, headline-and-summary teaser
 * pairs, and the short link lines that follow a "Related ..." header.
 *
 * @example
 *   cleanText("Title\n\nFirst paragraph of the story goes here.\n\nREAD MORE: Other story")
 *   // => { title: "Title", paragraphs: ["First paragraph of the story goes here."], ... }
 */
export function cleanText(text: string): TextCleaning {
  const units = textUnits(text);
  const captions = captionUnits(units);
  const candidates = teaserCandidates(units);
  const boilerplate: Boilerplate[] = [];
  const teasers: Teaser[] = [];
  const paragraphs: string[] = [];
  const keptLines: number[] = [];
  let title: string | null = null;
  let published: string | null = null;
  let related = false;
  let ended = false;

  const drop = (u: TextUnit, kind: BoilerplateKind): void => {
    boilerplate.push({ kind, text: u.text });
  };
  // Where blank lines separate paragraphs, kept lines of one block are one paragraph.
  const blankLineParagraphs = (units[units.length - 1]?.block ?? 0) >= 2;
  let lastKept = -1;
  const keep = (u: TextUnit, i: number): void => {
    const prev = units[lastKept];
    if (
      blankLineParagraphs &&
      lastKept === i - 1 &&
      prev &&
      prev.block === u.block &&
      paragraphs.length > 0
    ) {
      paragraphs[paragraphs.length - 1] += ` ${u.text}`;
    } else paragraphs.push(u.text);
    lastKept = i;
    for (let l = u.firstLine; l <= u.lastLine; l++) keptLines.push(l + 1);
  };

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    // Above the first body paragraph a date line is the byline's; see bylineDate.
    if (published === null && paragraphs.length === 0) published = bylineDate(u.text);
    if (title === null && u.pattern === null && !captions.has(i)) {
      title = u.text;
      keptLines.push(u.firstLine + 1);
      continue;
    }
    if (captions.has(i)) {
      drop(u, "caption");
      continue;
    }
    if (u.pattern === "related-header") {
      drop(u, "related");
      related = true;
      continue;
    }
    if (u.pattern !== null) {
      // An agency's closing credit ends the article: what follows is the site's.
      if (isCreditLine(u.text)) ended = true;
      drop(u, u.pattern);
      continue;
    }
    const pair = candidates.get(i);
    const next = units[i + 1];
    if (
      pair &&
      next &&
      (related ||
        (pair.caps && pair.truncated) ||
        candidates.has(i + 2) ||
        candidates.has(i - 2) ||
        (pair.truncated && i + 2 >= units.length))
    ) {
      drop(u, "teaser");
      drop(next, "teaser");
      teasers.push({ title: u.text, text: next.text });
      related = true;
      i++;
      continue;
    }
    if (related) {
      const after = units[i + 1];
      const body =
        !u.bullet &&
        isSentenceLike(u.text) &&
        (wordCount(u.text) >= 20 ||
          (after !== undefined &&
            after.pattern === null &&
            !candidates.has(i + 1) &&
            isSentenceLike(after.text)));
      if (!body) {
        drop(u, "related");
        continue;
      }
      related = false;
    }
    if (ended && wordCount(u.text) < 20) {
      drop(u, "other");
      continue;
    }
    if (
      isSentenceLike(u.text) ||
      isShortSentence(units, i, paragraphs.length) ||
      isSubheading(units, i, paragraphs.length)
    ) {
      keep(u, i);
      continue;
    }
    drop(u, wordCount(u.text) <= 4 ? "navigation" : "other");
  }
  return { title, paragraphs, boilerplate, teasers, published, keptLines };
}
