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

export interface RelationScore {
  readonly rel: string;
  readonly gold: number;
  readonly predicted: number;
  /** Right head and relation, over predicted and over gold arcs of the relation. */
  readonly precision: number;
  readonly recall: number;
}

/** Labelled precision and recall of each relation (subtypes kept), most frequent first. */
export function relationScores(
  trees: readonly TreebankSentence[],
  parse: Parse,
  tags: (s: TreebankSentence) => readonly string[] = (s) => s.upos,
): RelationScore[] {
  const counts = new Map<string, { gold: number; predicted: number; right: number }>();
  const entry = (rel: string) => {
    let c = counts.get(rel);
    if (!c) counts.set(rel, (c = { gold: 0, predicted: 0, right: 0 }));
    return c;
  };
  for (const t of trees) {
    const out = parse(t.words, tags(t));
    for (let i = 0; i < t.words.length; i++) {
      const gold = t.rel[i] ?? "";
      const rel = out.rel[i] ?? "";
      entry(gold).gold++;
      entry(rel).predicted++;
      if (rel === gold && out.head[i] === t.head[i]) entry(gold).right++;
    }
  }
  return [...counts]
    .map(([rel, c]) => ({
      rel,
      gold: c.gold,
      predicted: c.predicted,
      precision: c.predicted ? c.right / c.predicted : 0,
      recall: c.gold ? c.right / c.gold : 0,
    }))
    .sort((a, b) => b.gold - a.gold || a.rel.localeCompare(b.rel));
}
