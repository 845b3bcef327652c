import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Mention, Sentence } from "../../nlp/annotated-document.js";
import { resolveDefiniteAnaphora } from "../discourse/definite-anaphora.js";
import { firstPersonVoices, withMentions } from "../discourse/first-person.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { isPerson } from "./slots.js";
import { resolveTitles } from "../discourse/title-coreference.js";
import { namedOfficials } from "../discourse/named-officials.js";
import { theSecretary } from "../discourse/the-secretary.js";

/**
 * The discourse pass before coding: each sentence with its first person ("we", "our country"),
 * bare titles ("the President") and definite descriptions ("the country", "both countries")
 * resolved from the sentences before it.
 * Sentence i of the result depends only on sentences 0..i.
 */
export function resolveSentences(doc: AnnotatedDocument, kb: KnowledgeBase, lexicon: Lexicon): Sentence[] {
  const boundaries = new Set(lexicon.cues.boundary.map((b) => b.toLowerCase()));
  const recentPersons: Mention[] = [];
  const resolved: Sentence[] = [];
  const voices = firstPersonVoices(doc, kb);
  // "Assistant Secretary Roe" after "Assistant Secretary for European Affairs Dr. Jane Roe".
  for (const original of namedOfficials(doc.sentences)) {
    // "we" and "our country": the speaker of a transcript's paragraph, a statement's signatories.
    const voiced = withMentions(original, voices.mentionsOf(original));
    const dateOf = () => original.times[0]?.date ?? doc.published;
    const titled = theSecretary(
      voiced,
      resolveTitles(voiced, recentPersons, dateOf, kb),
      recentPersons,
      dateOf,
      kb,
    );
    const withTitles: Sentence = titled === voiced.mentions ? voiced : { ...voiced, mentions: titled };
    const described = resolveDefiniteAnaphora(withTitles, resolved, lexicon.cues.anaphora, boundaries, kb);
    resolved.push(described === withTitles.mentions ? withTitles : { ...withTitles, mentions: described });
    for (const m of original.mentions) if (isPerson(m)) recentPersons.push(m);
  }
  return resolved;
}

/**
 * The learned scorer's second look at the resolved sentences: the references to two or more
 * parties the trigger frames do without ("the two leaders", "the sides", "They discussed ..."),
 * resolved from the sentences before. Sentence i depends only on sentences 0..i.
 */
export function resolveParties(
  resolved: readonly Sentence[],
  kb: KnowledgeBase,
  lexicon: Lexicon,
): Sentence[] {
  const boundaries = new Set(lexicon.cues.boundary.map((b) => b.toLowerCase()));
  const out: Sentence[] = [];
  for (const s of resolved) {
    const mentions = resolveDefiniteAnaphora(s, out, lexicon.cues.anaphora, boundaries, kb, true);
    out.push(mentions === s.mentions ? s : { ...s, mentions });
  }
  return out;
}
