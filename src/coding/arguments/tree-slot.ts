import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { Slot } from "../lexicon/lexicon-schema.js";
import { sentenceTree, spanHead, type SentenceTree } from "../learn/sentence-tree.js";
import { isActorMention } from "./resolve-mention.js";
import { PREPOSITIONS } from "./slot-shared.js";
import type { SlotContext, SlotFill } from "./slots.js";

const base = (rel: string): string => rel.replace(/:.*$/, "");

function children(tree: SentenceTree, h: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < tree.head.length; i++) if (tree.head[i] === h) out.push(i);
  return out;
}

/** The preposition ("case" dependent) of a nominal, or "". */
function caseOf(tree: SentenceTree, sentence: Sentence, i: number): string {
  for (const c of children(tree, i)) if (tree.rel[c] === "case") return sentence.tokens[c]!.norm;
  return "";
}

/**
 * The actor mentions a nominal stands for: the mention holding it, else the one holding its "of"
 * dependent or its adjective ("the President of Russia", "the Russian side"); then its conjuncts
 * ("Russia and Belarus").
 */
function mentionsAt(tree: SentenceTree, sentence: Sentence, i: number): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<number>();
  const visit = (k: number, depth: number): void => {
    if (seen.has(k) || depth > 4) return;
    seen.add(k);
    const own = sentence.mentions.find((m) => m.first <= k && k < m.last && isActorMention(m));
    if (own) {
      if (!out.includes(own)) out.push(own);
    } else {
      for (const c of children(tree, k)) {
        const r = tree.rel[c]!;
        if ((r === "nmod" && caseOf(tree, sentence, c) === "of") || r === "amod" || r === "compound") {
          // A state by name or adjective: "Metropolitan of Minsk" is no office of Belarus.
          const m = sentence.mentions.find(
            (x) =>
              x.first <= c &&
              c < x.last &&
              isActorMention(x) &&
              x.refs.some((ref) => ref.kind === "actor" && ref.form !== "metonym"),
          );
          if (m && !out.includes(m)) {
            out.push(m);
            break;
          }
        }
      }
    }
    for (const c of children(tree, k)) if (tree.rel[c] === "conj") visit(c, depth + 1);
  };
  visit(i, 0);
  return out;
}

/** The subject of a verb: its own, else that of the verb it is coordinated with or controlled by. */
function subjectOf(tree: SentenceTree, v: number, passive: boolean): number {
  for (let k = v, guard = 0; k >= 0 && guard < 4; guard++) {
    const own = children(tree, k).find((c) => {
      const r = tree.rel[c]!;
      return passive && k === v ? r === "nsubj:pass" : r === "nsubj";
    });
    if (own !== undefined) return own;
    const r = base(tree.rel[k]!);
    if (r !== "conj" && r !== "xcomp") return -1;
    // A coordinated passive shares the subject of the first verb only when that one is passive too.
    if (passive) return -1;
    k = tree.head[k]!;
  }
  return -1;
}

/**
 * A slot of the trigger's frame read from the dependency tree: the subject ("nsubj", through
 * coordination and control; "obl:agent" in the passive), the object ("obj"; the passive's
 * subject), a preposition's nominal ("obl"/"nmod" with that "case") and the possessor
 * ("nmod:poss"). Used where the word-order slots found nothing.
 */
export function treeSlot(slot: Slot, ctx: SlotContext): SlotFill | null {
  const { sentence, match, passive, nominal } = ctx;
  if (sentence.tokens.length > 80) return null;
  const tree = sentenceTree(sentence);
  const h = spanHead(tree, match.first, match.last);
  const inTrigger = (m: Mention): boolean => m.first < match.last && m.last > match.first;
  const found = (i: number): SlotFill | null => {
    if (i < 0) return null;
    const mentions = mentionsAt(tree, sentence, i).filter((m) => !inTrigger(m));
    return mentions.length ? { slot, mentions } : null;
  };
  const withCase = (prep: string, rels: readonly string[], at: number): number =>
    children(tree, at).find((c) => rels.includes(base(tree.rel[c]!)) && caseOf(tree, sentence, c) === prep) ??
    -1;
  if (nominal) {
    switch (slot) {
      case "possessor":
        return found(children(tree, h).find((c) => tree.rel[c] === "nmod:poss") ?? -1);
      case "subject":
      case "object":
      case "by":
        return null;
      default:
        return PREPOSITIONS.has(slot) ? found(withCase(slot, ["nmod"], h)) : null;
    }
  }
  switch (slot) {
    case "subject":
      return passive ? found(withCase("by", ["obl"], h)) : found(subjectOf(tree, h, false));
    case "by":
      return found(withCase("by", ["obl"], h));
    case "object": {
      if (passive) return found(subjectOf(tree, h, true));
      return found(children(tree, h).find((c) => tree.rel[c] === "obj") ?? -1);
    }
    case "possessor":
      return null;
    default: {
      if (!PREPOSITIONS.has(slot)) return null;
      const direct = withCase(slot, ["obl", "nmod"], h);
      if (direct >= 0) return found(direct);
      // "imposed sanctions on Russia": the preposition hangs from the object; not after a verb
      // whose object is a topic ("discussed relations with NATO").
      if (match.trigger.reciprocal) return null;
      const obj = children(tree, h).find((c) => tree.rel[c] === "obj");
      return obj === undefined ? null : found(withCase(slot, ["nmod"], obj));
    }
  }
}
