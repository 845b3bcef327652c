import { normaliseForm } from "../knowledge/normalise.js";
import type { Token } from "./annotated-document.js";
import { foldDiacritics } from "./fold.js";
import { wink } from "./wink.js";

export interface RawSentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const PARAGRAPH = /\n\s*\n/g;
/** Printable ASCII without the backtick: its comparison form is just lower case. */
const PLAIN = /^[\x21-\x5f\x61-\x7e]*$/;

/**
 * Splits text into paragraphs (blank lines), then sentences and tokens with wink-nlp.
 * Offsets are rebuilt from each token's preceding spaces, so they index the original text.
 */
export function splitSentences(text: string): RawSentence[] {
  const nlp = wink();
  const its = nlp.its;
  const out: RawSentence[] = [];
  let paragraph = 0;
  for (const [pStart, pEnd] of paragraphSpans(text)) {
    const doc = nlp.readDoc(foldDiacritics(text.slice(pStart, pEnd)));
    // Bulk reads: the per-item API costs more than tagging itself.
    const all = doc.tokens();
    const values = all.out() as unknown as string[];
    const pos = all.out(its.pos) as unknown as string[];
    const lemmas = all.out(its.lemma as never) as unknown as string[];
    const spaces = all.out(its.precedingSpaces) as unknown as string[];
    const tokens: Token[] = new Array<Token>(values.length);
    let offset = pStart;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i]!.length;
      const start = offset;
      offset += values[i]!.length;
      const value = text.slice(start, offset);
      tokens[i] = {
        text: value,
        norm: PLAIN.test(value) ? value.toLowerCase() : normaliseForm(value),
        lemma: lemmas[i]!.toLowerCase(),
        pos: pos[i]!,
        start,
        end: offset,
      };
    }
    for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
      const slice = tokens.slice(first, last + 1);
      const a = slice[0];
      const b = slice[slice.length - 1];
      if (a && b) out.push({ paragraph, start: a.start, end: b.end, tokens: slice });
    }
    paragraph++;
  }
  return out;
}

function* paragraphSpans(text: string): Generator<[number, number]> {
  let start = 0;
  PARAGRAPH.lastIndex = 0;
  for (let m = PARAGRAPH.exec(text); m; m = PARAGRAPH.exec(text)) {
    if (text.slice(start, m.index).trim()) yield [start, m.index];
    start = m.index + m[0].length;
  }
  if (text.slice(start).trim()) yield [start, text.length];
}
