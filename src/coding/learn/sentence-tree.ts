import type { Sentence } from "../../nlp/annotated-document.js";
import { parse } from "../../nlp/parse/index.js";

/** A sentence's dependency tree in token indices: `head[i]` is -1 for the root. */
export interface SentenceTree {
  readonly head: Int32Array;
  readonly rel: readonly string[];
}

const parsed = new WeakMap<Sentence, SentenceTree>();

/** Parses a sentence from its tokens and wink-nlp's tags, once per sentence record. */
export function sentenceTree(sentence: Sentence): SentenceTree {
  let tree = parsed.get(sentence);
  if (!tree) {
    tree = parseSentence(sentence);
    parsed.set(sentence, tree);
  }
  return tree;
}

function parseSentence(sentence: Sentence): SentenceTree {
  const tokens = sentence.tokens;
  const parsed = parse(
    tokens.map((t) => t.text),
    tokens.map((t) => t.pos),
  );
  const head = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) head[i] = parsed.head[i]! - 1;
  return { head, rel: parsed.rel };
}

/** The token of a span whose head lies outside it (the first such; the span's last token if none). */
export function spanHead(tree: SentenceTree, first: number, last: number): number {
  for (let i = first; i < last; i++) {
    const h = tree.head[i]!;
    if (h < first || h >= last) return i;
  }
  return last - 1;
}

/** "Russia and Belarus signed": a conjunct or apposition stands where its first conjunct stands. */
export function governing(tree: SentenceTree, i: number): number {
  let k = i;
  for (let guard = 0; guard < 8; guard++) {
    const r = tree.rel[k]!;
    const h = tree.head[k]!;
    if (h < 0 || (r !== "conj" && r !== "appos" && r !== "flat" && r !== "compound")) break;
    k = h;
  }
  return k;
}

/** The tokens from i up to the root, i first. */
export function pathToRoot(tree: SentenceTree, i: number): number[] {
  const out: number[] = [];
  for (let k = i; k >= 0 && out.length < tree.head.length; k = tree.head[k]!) out.push(k);
  return out;
}
