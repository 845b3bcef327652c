import { lineKind, type LineKind } from "./line-kind.js";
import { bulletOf, endsLikeSentence } from "./shape.js";

/** A paragraph candidate of a plain-text dump: one line, or lines of one wrapped paragraph. */
export interface TextUnit {
  /** The text, lines joined with a space, bullet marker removed. */
  readonly text: string;
  /** 0-based index of its first and last line in the document. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Index of its block (a run of lines between blank lines). */
  readonly block: number;
  readonly lineCount: number;
  readonly bullet: boolean;
  /** What the chrome patterns say, before neighbours are considered. */
  readonly pattern: LineKind | null;
}

const SPACES = /[\s\u00a0\u200b\u2028\u2029]+/g;
const ODD_SPACE = /[^\S ]|\u200b| {2}/;
const STARTS_LOWER = /^["'“‘(]?\p{Ll}/u;

interface Line {
  readonly index: number;
  readonly text: string;
  readonly bullet: boolean;
  readonly pattern: LineKind | null;
}

const FIRST_WORD = /^\S+/;

/**
 * A block is hard-wrapped prose when each inner line was broken because the next word would
 * not fit (its length plus that word reaches the block's width), most inner lines stop
 * mid-sentence, and the block ends like a sentence (a list of headlines does not); then all
 * its plain lines form one paragraph.
 */
function isWrapped(lines: readonly Line[]): boolean {
  if (lines.length < 2) return false;
  let max = 0;
  for (const l of lines) max = Math.max(max, l.text.length);
  if (max < 40) return false;
  if (lines.length < 4 && !endsLikeSentence(lines[lines.length - 1]!.text)) return false;
  let open = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const l = lines[i]!;
    const next = FIRST_WORD.exec(lines[i + 1]!.text)?.[0].length ?? 0;
    if (l.text.length + 1 + next < 0.9 * max) return false;
    if (!endsLikeSentence(l.text)) open++;
  }
  return open * 10 >= (lines.length - 1) * 6;
}

/**
 * Splits a plain-text document into units. The first non-empty line (the title) is always a
 * unit of its own; lines a chrome pattern recognises, and bulleted lines, are never joined to
 * their neighbours.
 */
export function textUnits(text: string): TextUnit[] {
  const rawLines = text.split(/\r\n?|\n/);
  const units: TextUnit[] = [];
  let block: Line[] = [];
  let blockIndex = 0;
  let titleSeen = false;

  const flush = (): void => {
    if (block.length === 0) return;
    const wrapped = isWrapped(block);
    let cur: Line[] = [];
    const emit = (): void => {
      if (cur.length === 0) return;
      const first = cur[0]!;
      const joined = cur.length === 1 ? first.text : cur.map((l) => l.text).join(" ");
      units.push({
        text: joined,
        firstLine: first.index,
        lastLine: cur[cur.length - 1]!.index,
        block: blockIndex,
        lineCount: cur.length,
        bullet: first.bullet,
        pattern: cur.length === 1 ? first.pattern : lineKind(joined),
      });
      cur = [];
    };
    for (const line of block) {
      const prev = cur[cur.length - 1];
      const joinable =
        prev !== undefined &&
        line.pattern === null &&
        prev.pattern === null &&
        !line.bullet &&
        (wrapped || (!endsLikeSentence(prev.text) && STARTS_LOWER.test(line.text)));
      if (!joinable) emit();
      cur.push(line);
      if (!titleSeen && line.pattern === null) {
        titleSeen = true;
        emit();
      }
    }
    emit();
    block = [];
    blockIndex++;
  };

  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i]!;
    const t = ODD_SPACE.test(line) ? line.replace(SPACES, " ").trim() : line.trim();
    if (t.length === 0) {
      flush();
      continue;
    }
    const b = bulletOf(t);
    const body = b ? t.slice(b.length).trim() : t;
    if (body.length === 0) continue;
    block.push({ index: i, text: body, bullet: b !== null, pattern: lineKind(body) });
  }
  flush();
  return units;
}
