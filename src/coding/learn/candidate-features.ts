import type { Sentence } from "../../nlp/annotated-document.js";
import type { SentenceParty } from "./candidate.js";
import { governing, pathToRoot, spanHead, type SentenceTree } from "./sentence-tree.js";

const CONTENT = new Set(["VERB", "NOUN", "ADJ"]);
const QUOTES = /["“”«»]/;

/** Where a party sits in the tree: its head token, the word it attaches to, and how. */
interface Attachment {
  readonly head: number;
  readonly governor: number;
  readonly rel: string;
  readonly prep: string;
}

function attachment(tree: SentenceTree, sentence: Sentence, p: SentenceParty): Attachment | null {
  if (!p.mention) return null;
  const head = governing(tree, spanHead(tree, p.mention.first, p.mention.last));
  const governor = tree.head[head]!;
  let prep = "";
  for (let i = 0; i < tree.head.length; i++)
    if (tree.head[i] === head && (tree.rel[i] === "case" || tree.rel[i] === "mark")) {
      prep = sentence.tokens[i]!.lemma;
      break;
    }
  return { head, governor, rel: tree.rel[head]!.replace(/:.*$/, ""), prep };
}

/** The word of the tree both parties hang from, or the root when one is implied. */
function commonAncestor(tree: SentenceTree, a: number, b: number): number {
  const up = new Set(pathToRoot(tree, a));
  for (const k of pathToRoot(tree, b)) if (up.has(k)) return k;
  return rootOf(tree);
}

function rootOf(tree: SentenceTree): number {
  const r = tree.head.indexOf(-1);
  return r < 0 ? 0 : r;
}

/** The relations from a token up to (not including) an ancestor, at most four. */
function relsUpTo(tree: SentenceTree, from: number, to: number): string {
  const rels: string[] = [];
  for (let k = from; k !== to && k >= 0 && rels.length < 4; k = tree.head[k]!)
    rels.push(tree.rel[k]!.replace(/:.*$/, ""));
  return rels.join(">");
}

function bucket(n: number): string {
  return n <= 2 ? "2" : n <= 5 ? "5" : n <= 10 ? "10" : n <= 20 ? "20" : "far";
}

/**
 * The features of an ordered pair of parties in a sentence, and the token it is anchored at.
 * Lexical: the sentence's content lemmas outside names and the trigger frames found in it;
 * syntactic: how each party attaches (relation, preposition, governing lemma) and the path
 * between them through their common ancestor; and the kinds of the names, their order, the
 * sentence's place in the article. No template joins a lemma with the relations (as governing
 * lemma, relation and preposition together): such conjunctions were learned by heart from the
 * training articles and cost precision on unseen ones (holdout and cross-validation, 2026-12-05).
 */
export function candidateFeatures(
  sentence: Sentence,
  tree: SentenceTree,
  actor: SentenceParty,
  target: SentenceParty,
  frames: readonly string[],
): { features: string[]; anchor: number } {
  const tokens = sentence.tokens;
  const f: string[] = ["bias", `ak=${actor.kind}`, `tk=${target.kind}`, `akk=${actor.kind}|${target.kind}`];
  const inName = new Uint8Array(tokens.length);
  for (const m of sentence.mentions) for (let i = m.first; i < m.last; i++) inName[i] = 1;
  for (const fr of frames) f.push(fr);
  if (sentence.index === 0) f.push("title");
  else if (sentence.index <= 3) f.push("lead");
  if (QUOTES.test(sentence.text)) f.push("quoted");
  const a = attachment(tree, sentence, actor);
  const b = attachment(tree, sentence, target);
  if (b) {
    f.push(`tr=${b.rel}`, `tp=${b.prep}`, `tg=${lemmaAt(sentence, b.governor)}`, `trp=${b.rel}|${b.prep}`);
  }
  if (a) {
    f.push(`ar=${a.rel}`, `ap=${a.prep}`, `ag=${lemmaAt(sentence, a.governor)}`, `arp=${a.rel}|${a.prep}`);
  }
  let anchor: number;
  if (a && b) {
    if (a.head === b.head) f.push("same-name");
    const lca = commonAncestor(tree, a.head, b.head);
    anchor = lca;
    const up = relsUpTo(tree, a.head, lca);
    const down = relsUpTo(tree, b.head, lca);
    f.push(`path=${up}^${down}`, `lca=${lemmaAt(sentence, lca)}`, `lcap=${tokens[lca]?.pos ?? ""}`);
    f.push(a.head < b.head ? "order=at" : "order=ta");
    f.push(`dist=${bucket(Math.abs(a.head - b.head))}`);
  } else {
    anchor = b
      ? b.governor >= 0
        ? b.governor
        : b.head
      : a
        ? a.governor >= 0
          ? a.governor
          : a.head
        : rootOf(tree);
    f.push(`root=${lemmaAt(sentence, rootOf(tree))}`);
  }
  anchor = Math.max(0, Math.min(anchor, tokens.length - 1));
  // The words around the event: the anchor, its dependents and the words the parties hang from.
  const words = new Set<string>();
  const near = (i: number): void => {
    if (i >= 0 && !inName[i] && CONTENT.has(tokens[i]!.pos)) words.add(tokens[i]!.lemma);
  };
  near(anchor);
  for (let i = 0; i < tokens.length; i++) if (tree.head[i] === anchor) near(i);
  if (a) near(a.governor);
  if (b) near(b.governor);
  for (const w of words) f.push(`w=${w}`);
  return { features: f, anchor };
}

function lemmaAt(sentence: Sentence, i: number): string {
  return i < 0 ? "ROOT" : (sentence.tokens[i]?.lemma ?? "");
}
