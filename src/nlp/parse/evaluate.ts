import type { TreebankSentence } from "./conllu.js";

export interface AttachmentScores {
  readonly sentences: number;
  readonly words: number;
  /** Share of words with the right head. */
  readonly uas: number;
  /** Share with the right head and the right relation, subtype included (nsubj:pass). */
  readonly las: number;
  /** LAS on the universal relation only (nsubj:pass counts as nsubj), as CoNLL 2018 scored it. */
  readonly lasUniversal: number;
}

type Parse = (
  words: readonly string[],
  upos: readonly string[],
) => { head: ArrayLike<number>; rel: readonly string[] };

/** UAS/LAS of `parse` on gold trees, punctuation included, each sentence read with `tags(s)`. */
export function attachmentScores(
  trees: readonly TreebankSentence[],
  parse: Parse,
  tags: (s: TreebankSentence) => readonly string[] = (s) => s.upos,
): AttachmentScores {
  let words = 0;
  let heads = 0;
  let labelled = 0;
  let universal = 0;
  for (const t of trees) {
    const out = parse(t.words, tags(t));
    for (let i = 0; i < t.words.length; i++) {
      words++;
      if (out.head[i] !== t.head[i]) continue;
      heads++;
      const rel = out.rel[i] ?? "";
      const gold = t.rel[i] ?? "";
      if (rel === gold) labelled++;
      if (rel.split(":")[0] === gold.split(":")[0]) universal++;
    }
  }
  return {
    sentences: trees.length,
    words,
    uas: heads / words,
    las: labelled / words,
    lasUniversal: universal / words,
  };
}
