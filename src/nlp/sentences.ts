import type { Token } from "./annotated-document.js";
import { foldDiacritics } from "./fold.js";
import { ownCopy } from "./own-copy.js";
import { lowerCaseOf, normOf } from "./token-forms.js";
import { tokenStarts } from "./token-offsets.js";
import { readDoc, wink } from "./wink.js";

type ItemTokens = ReturnType<ReturnType<ReturnType<typeof wink>["readDoc"]>["tokens"]>;

export interface RawSentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const PARAGRAPH = /\n\s*\n/g;

/**
 * Splits text into paragraphs (blank lines), then sentences and tokens with wink-nlp.
 * Offsets are rebuilt from the spaces before each token, so they index the original text.
 */
export function splitSentences(text: string): RawSentence[] {
  const nlp = wink();
  const its = nlp.its;
  const out: RawSentence[] = [];
  let paragraph = 0;
  for (const [pStart, pEnd] of paragraphSpans(text)) {
    const original = text.slice(pStart, pEnd);
    const folded = foldDiacritics(original);
    const doc = readDoc(folded);
    // Bulk reads: the per-item API costs more than tagging itself.
    const all = doc.tokens();
    const values = all.out() as unknown as string[];
    const pos = all.out(its.pos) as unknown as string[];
    const contractions = all.out(its.contractionFlag) as unknown as boolean[];
    const fast = tokenStarts(folded, values);
    const starts = fast ?? startsFromSpaces(values, all.out(its.precedingSpaces) as unknown as string[]);
    // Without folded letters wink-nlp's token strings are the text's own (and already hashed).
    const own = fast !== null && folded === original;
    const tokens: Token[] = new Array<Token>(values.length);
    for (let i = 0; i < values.length; i++) {
      const start = pStart + starts[i]!;
      const end = start + values[i]!.length;
      const value = own ? values[i]! : text.slice(start, end);
      tokens[i] = {
        text: value,
        norm: normOf(value),
        lemma: contractions[i]
          ? lowerCaseOf(all.itemAt(i).out(its.lemma as never) as unknown as string)
          : lemmaOf(values[i]!, pos[i]!, all, i),
        pos: pos[i]!,
        start,
        end,
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

/** Articles reuse a few thousand spellings; the cache is emptied when it grows past this. */
const LEMMA_LIMIT = 50_000;

/** The lemmas of one spelling: under the first POS it was seen with, and under any other. */
interface Lemmas {
  readonly pos: string;
  readonly lemma: string;
  others: Map<string, string> | null;
}

/** Lower-cased lemmas by wink-nlp's spelling of the token, then by POS. */
const lemmas = new Map<string, Lemmas>();

/**
 * The lower-cased lemma of a token that is no part of a contraction. wink-nlp's lemma of such a
 * token depends on its spelling and its POS only (its lexeme's single lemma when it has one,
 * else the lemmatizer run on its normal form and POS), so it is read from wink-nlp, one token
 * at a time, only for pairs not seen before. A contraction's parts carry their own lemma
 * ("ca" of "can't": "can") and are always read.
 */
function lemmaOf(value: string, pos: string, tokens: ItemTokens, i: number): string {
  const known = lemmas.get(value);
  if (known !== undefined) {
    if (known.pos === pos) return known.lemma;
    const other = known.others?.get(pos);
    if (other !== undefined) return other;
  }
  // wink-nlp has no lemma for an unsplit "cannot" before punctuation ("We cannot, for our part,
  // ..."): the spelling stands for itself.
  const read = tokens.itemAt(i).out(wink().its.lemma as never) as unknown;
  const lemma = lowerCaseOf(typeof read === "string" ? read : value);
  if (known !== undefined) (known.others ??= new Map()).set(ownCopy(pos), lemma);
  else {
    if (lemmas.size >= LEMMA_LIMIT) lemmas.clear();
    lemmas.set(ownCopy(value), { pos: ownCopy(pos), lemma, others: null });
  }
  return lemma;
}

/** Token offsets from wink-nlp's own record of the spaces before each token. */
function startsFromSpaces(values: readonly string[], spaces: readonly string[]): number[] {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    offset += values[i]!.length;
  }
  return starts;
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
