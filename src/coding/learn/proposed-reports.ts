import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument } from "../../nlp/annotated-document.js";
import { clauseAround } from "../clause.js";
import { eventDate } from "../event-date.js";
import type { Lexicon } from "../lexicon.js";
import { compileCues, modalityOf } from "../modality.js";
import type { Report } from "../report.js";
import type { Party } from "../resolve-mention.js";
import type { Candidate } from "./candidate.js";
import { propose } from "./propose.js";
import { calibrated, type ScorerModel } from "./scorer-model.js";

/**
 * The events the learned scorer finds that the trigger frames did not: one report each, from the
 * sentence that states it best, with modality and date read around the word that governs both
 * parties, and the model's probability as its confidence.
 */
export function proposedReports(
  doc: AnnotatedDocument,
  candidates: readonly Candidate[],
  kb: KnowledgeBase,
  lexicon: Lexicon,
  model: ScorerModel,
  known: ReadonlySet<string>,
): Report[] {
  const cues = compileCues(lexicon.cues);
  const boundaries = new Set(lexicon.cues.boundary.map((b) => b.toLowerCase()));
  const out: Report[] = [];
  for (const p of propose(candidates, model)) {
    const { sentence, actor, target, anchor } = p.candidate;
    if (known.has(`${p.type}|${actor.party.code}|${target.party.code}`)) continue;
    const info = lexicon.types[p.type];
    if (!fits(actor.party, info.actor, kb) || !fits(target.party, info.target, kb)) continue;
    const tokens = sentence.tokens;
    const clause = clauseAround(tokens, anchor, anchor + 1, boundaries);
    const before = actor.mention && actor.mention.last <= anchor ? actor.mention.last : clause.start;
    const modality = modalityOf(
      {
        tokens,
        nearStart: Math.max(clause.start, before),
        triggerFirst: anchor,
        triggerLast: anchor + 1,
        clauseEnd: clause.end,
        type: p.type,
        own: undefined,
        warnedByActor: false,
      },
      cues,
    );
    out.push({
      type: p.type,
      sentence,
      actor: actor.party,
      target: target.party,
      modality,
      date: eventDate(doc.sentences, sentence, anchor, clause, doc.published),
      location: null,
      weapon: null,
      confidence: Math.round(calibrated(model, p.probability) * 100) / 100,
    });
  }
  return out;
}

function fits(party: Party, kind: "state" | "bloc" | undefined, kb: KnowledgeBase): boolean {
  if (!kind) return true;
  return kind === "bloc" ? kb.organisations.has(party.code) : !kb.organisations.has(party.code);
}
