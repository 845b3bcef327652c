import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { resolveParties } from "../arguments/resolve-sentences.js";
import { findTriggers } from "../lexicon/trigger-match.js";
import type { Candidate } from "./candidate.js";
import { candidateFeatures } from "./candidate-features.js";
import { documentSpeaker, sentenceParties } from "./sentence-parties.js";
import { sentenceTree } from "./sentence-tree.js";

/** Sentences longer than this are lists or run-ons: not parsed. */
const MAX_TOKENS = 120;
/** A sentence naming more parties than this (a list of member states) gives pairs of its first ones. */
const MAX_PARTIES = 12;

/**
 * Every ordered pair of distinct parties a sentence names (or implies), with its features: what
 * the learned scorer judges. Only sentences with two parties, one of them named, are parsed. The
 * sentences are read with the references to both parties resolved too ("the two leaders", "they").
 */
export function documentCandidates(
  doc: AnnotatedDocument,
  resolved: readonly Sentence[],
  kb: KnowledgeBase,
  lexicon: Lexicon,
): Candidate[] {
  const speaker = documentSpeaker(resolved, doc.published, kb);
  const out: Candidate[] = [];
  for (const sentence of resolveParties(resolved, kb, lexicon)) {
    if (!sentence.mentions.length || sentence.tokens.length > MAX_TOKENS) continue;
    const parties = sentenceParties(sentence, doc.published, kb, speaker).slice(0, MAX_PARTIES);
    if (new Set(parties.map((p) => p.party.code)).size < 2) continue;
    const tree = sentenceTree(sentence);
    const frames = new Set<string>();
    for (const m of findTriggers(sentence.tokens, lexicon)) {
      frames.add(`frame=${m.trigger.type}`);
      frames.add(`fid=${m.trigger.id}`);
    }
    const frameList = [...frames];
    for (const actor of parties) {
      if (actor.kind === "place") continue;
      for (const target of parties) {
        if (target.party.code === actor.party.code) continue;
        if (actor.kind === "implicit" && target.kind === "implicit") continue;
        const { features, anchor } = candidateFeatures(sentence, tree, actor, target, frameList);
        out.push({ sentence, actor, target, features, anchor });
      }
    }
  }
  return out;
}
