import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument } from "../../nlp/annotated-document.js";
import { clauseAround } from "../arguments/clause.js";
import { eventDate } from "../dates/event-date.js";
import { headlineDate } from "../dates/headline-date.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { compileCues, modalityOf } from "../modality/modality.js";
import type { Report } from "../report.js";
import type { Party } from "../arguments/resolve-mention.js";
import type { Candidate } from "./candidate.js";
import { propose } from "./propose.js";
import { calibrated, probability, type ScorerModel } from "./scorer-model.js";
import type { EventType } from "../lexicon/event-type.js";

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
      date: proposalDate(doc, candidates, p.candidate, p.type, kb, model, boundaries),
      location: null,
      weapon: null,
      confidence: Math.round(calibrated(model, p.probability) * 100) / 100,
    });
  }
  return out;
}

/** The probability from which a sentence states an event on its own. */
const STATES_IT = 0.5;

/**
 * A proposal's date: that of its sentence, read around the word governing both parties; for a
 * headline without a time, the time of its lead (as for the frames, see headlineDate); else the
 * date of the first sentence of the document that states the same event on its own and has one
 * (as the frames take the date of the first report that has one).
 */
function proposalDate(
  doc: AnnotatedDocument,
  candidates: readonly Candidate[],
  best: Candidate,
  type: EventType,
  kb: KnowledgeBase,
  model: ScorerModel,
  boundaries: ReadonlySet<string>,
): string | null {
  const dateOf = (c: Candidate): string | null =>
    eventDate(
      doc.sentences,
      c.sentence,
      c.anchor,
      clauseAround(c.sentence.tokens, c.anchor, c.anchor + 1, boundaries),
      doc.published,
    );
  const { actor, target } = best;
  const own = dateOf(best);
  if (own) return own;
  const headline = headlineDate(doc, best.sentence, actor.party.code, target.party.code, kb);
  if (headline) return headline;
  const stating = candidates
    .filter(
      (c) =>
        c.actor.party.code === actor.party.code &&
        c.target.party.code === target.party.code &&
        probability(model, type, c.features) >= STATES_IT,
    )
    .sort((a, b) => a.sentence.index - b.sentence.index);
  for (const c of stating) {
    const date = dateOf(c);
    if (date) return date;
  }
  return null;
}

function fits(party: Party, kind: "state" | "bloc" | undefined, kb: KnowledgeBase): boolean {
  if (!kind) return true;
  return kind === "bloc" ? kb.organisations.has(party.code) : !kb.organisations.has(party.code);
}
