import { normaliseForm } from "../knowledge/normalise.js";
import type { Token } from "./annotated-document.js";
import type { ItemSentence, ItemToken } from "wink-nlp";
import { foldDiacritics } from "./fold.js";
import { wink } from "./wink.js";

export interface RawSentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const PARAGRAPH = /\n\s*\n/g;

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
    let offset = pStart;
    doc.sentences().each((sentence: ItemSentence) => {
      const tokens: Token[] = [];
      sentence.tokens().each((t: ItemToken) => {
        offset += (t.out(its.precedingSpaces) as string).length;
        const start = offset;
        offset += t.out().length;
        const value = text.slice(start, offset);
        tokens.push({
          text: value,
          norm: normaliseForm(value),
          lemma: (t.out(its.lemma as never) as string).toLowerCase(),
          pos: t.out(its.pos) as string,
          start,
          end: offset,
        });
      });
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (first && last) out.push({ paragraph, start: first.start, end: last.end, tokens });
    });
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
