import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument } from "../../nlp/annotated-document.js";
import { clauseAround } from "../arguments/clause.js";
import { eventDate } from "../dates/event-date.js";
import { headlineDate } from "../dates/headline-date.js";
import { newsDay } from "../dates/news-day.js";
import { lendsDate } from "../dates/restated-date.js";
import type { Modality } from "../event.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { retype } from "../lexicon/retype.js";
import { findTriggers, type TriggerMatch } from "../lexicon/trigger-match.js";
import { compileCues, modalityOf, type CompiledCues } from "../modality/modality.js";
import type { Report } from "../report.js";
import type { Party } from "../arguments/resolve-mention.js";
import type { Candidate } from "./candidate.js";
import { propose } from "./propose.js";
import { calibrated, probability, type ScorerModel } from "./scorer-model.js";
import type { EventType } from "../lexicon/event-type.js";

/**
 * The events the learned scorer finds that the trigger frames did not: one report each, from the
 * sentence that states it best, with modality and date read as the frames read theirs (see
 * proposalModality, proposalDate), and the model's probability as its confidence. `coded`: the
 * frames' reports, whose dates date a proposal that no sentence of its own dates.
 */
export function proposedReports(
  doc: AnnotatedDocument,
  candidates: readonly Candidate[],
  kb: KnowledgeBase,
  lexicon: Lexicon,
  model: ScorerModel,
  known: ReadonlySet<string>,
  coded: readonly Report[] = [],
): Report[] {
  const reading: Reading = {
    lexicon,
    cues: compileCues(lexicon.cues),
    boundaries: new Set(lexicon.cues.boundary.map((b) => b.toLowerCase())),
  };
  const out: Report[] = [];
  for (const p of propose(candidates, model)) {
    const { sentence, actor, target } = p.candidate;
    if (known.has(`${p.type}|${actor.party.code}|${target.party.code}`)) continue;
    const info = lexicon.types[p.type];
    if (!fits(actor.party, info.actor, kb) || !fits(target.party, info.target, kb)) continue;
    // The sentences of the document that state the same event on their own, in their order.
    const stating = candidates
      .filter(
        (c) =>
          c.actor.party.code === actor.party.code &&
          c.target.party.code === target.party.code &&
          probability(model, p.type, c.features) >= STATES_IT,
      )
      .sort((a, b) => a.sentence.index - b.sentence.index);
    out.push({
      type: p.type,
      sentence,
      actor: actor.party,
      target: target.party,
      modality: proposalModality(p.candidate, stating[0] ?? p.candidate, p.type, reading),
      date: proposalDate(doc, p.candidate, stating, kb, reading.boundaries, coded),
      location: null,
      weapon: null,
      confidence: Math.round(calibrated(model, p.probability) * 100) / 100,
    });
  }
  return out;
}

/** What reading a proposal's sentences needs: the lexicon, its modality cues and clause boundaries. */
interface Reading {
  readonly lexicon: Lexicon;
  readonly cues: CompiledCues;
  readonly boundaries: ReadonlySet<string>;
}

/** The probability from which a sentence states an event on its own. */
const STATES_IT = 0.5;

/**
 * A proposal's modality, read as the frames read theirs (the verb chain from the actor to the
 * word of the event: see modalityOf) in the sentence that states it best: at the word governing
 * both parties. The parse guesses that word, so a mark found there (a negation, a plan, a threat)
 * stands only when the other readings find one too: at the sentence's trigger of the type, if it
 * has one, and in the first sentence that states the event on its own (the triple's first
 * mention, as the guidelines take it). When one of them reads the event as stated, it is
 * asserted: "Even though the crisis is not something we caused, we condemn Russia's war" does
 * not negate the condemnation. A hypothetical reading is kept (such an event claims nothing).
 */
function proposalModality(best: Candidate, first: Candidate, type: EventType, r: Reading): Modality {
  const own = readAt(best, best.anchor, best.anchor + 1, undefined, type, r);
  if (own === "asserted" || own === "hypothetical") return own;
  const others = [
    atTrigger(best, type, r),
    readAt(first, first.anchor, first.anchor + 1, undefined, type, r),
  ];
  if (first !== best) others.push(atTrigger(first, type, r));
  return others.includes("asserted") ? "asserted" : own;
}

/** The modality of a candidate's event read at tokens [first, last), the verb chain from its actor. */
function readAt(
  c: Candidate,
  first: number,
  last: number,
  own: Modality | undefined,
  type: EventType,
  r: Reading,
): Modality {
  if (own === "asserted") return own;
  const tokens = c.sentence.tokens;
  const clause = clauseAround(tokens, first, last, r.boundaries);
  const actorEnd = c.actor.mention?.last ?? -1;
  return modalityOf(
    {
      tokens,
      nearStart: actorEnd <= first && actorEnd >= clause.start ? actorEnd : clause.start,
      triggerFirst: first,
      triggerLast: last,
      clauseEnd: clause.end,
      type,
      own,
      warnedByActor: false,
    },
    r.cues,
  );
}

/** The modality read at the candidate's trigger of the type nearest its anchor; null with none. */
function atTrigger(c: Candidate, type: EventType, r: Reading): Modality | null {
  const m = triggerOf(c, type, r.lexicon);
  return m ? readAt(c, m.first, m.last, m.trigger.modality, type, r) : null;
}

/** The sentence's trigger of the type (or retyped to it) nearest the candidate's anchor. */
function triggerOf(c: Candidate, type: EventType, lexicon: Lexicon): TriggerMatch | null {
  let best: TriggerMatch | null = null;
  for (const m of findTriggers(c.sentence.tokens, lexicon)) {
    if (m.trigger.type !== type && retype(m.trigger.type, c.sentence, lexicon) !== type) continue;
    if (!best || Math.abs(m.first - c.anchor) < Math.abs(best.first - c.anchor)) best = m;
  }
  return best;
}

/**
 * A proposal's date: that of its sentence, read around the word governing both parties; for a
 * headline without a time, the time of its lead (as for the frames, see headlineDate); else the
 * date of the first sentence of the document that states the same event on its own and has one
 * (as the frames take the date of the first report that has one). With none, the date the frames
 * gave a report of the same two parties (a visit dated by its talks); else the day of the news
 * its sentence tells (a headline's or a present act's: see newsDay); else the date of the story,
 * as the frames read it: that of their first report naming one of the parties dated in the
 * story's days (see lendsDate), else of their first such report of any pair.
 */
function proposalDate(
  doc: AnnotatedDocument,
  best: Candidate,
  stating: readonly Candidate[],
  kb: KnowledgeBase,
  boundaries: ReadonlySet<string>,
  coded: readonly Report[],
): string | null {
  const clauseOf = (c: Candidate) => clauseAround(c.sentence.tokens, c.anchor, c.anchor + 1, boundaries);
  const dateOf = (c: Candidate): string | null =>
    eventDate(doc.sentences, c.sentence, c.anchor, clauseOf(c), doc.published);
  const actor = best.actor.party.code;
  const target = best.target.party.code;
  const own = dateOf(best);
  if (own) return own;
  const headline = headlineDate(doc, best.sentence, actor, target, kb);
  if (headline) return headline;
  for (const c of stating) {
    const date = dateOf(c);
    if (date) return date;
  }
  const dated = coded.filter((o) => o.date ?? o.newsDay).sort((a, b) => a.sentence.index - b.sentence.index);
  const codedDate = (o: Report | undefined): string | null => (o ? (o.date ?? o.newsDay ?? null) : null);
  const pair = dated.find(
    (o) =>
      (o.actor.code === actor && o.target.code === target) ||
      (o.actor.code === target && o.target.code === actor),
  );
  // Another pair's date is the story's only when it is of the story's days (see lendsDate).
  const story = dated.filter((o) => lendsDate(o.sentence, codedDate(o)!, doc.published));
  return (
    codedDate(pair) ??
    newsDay(doc, best.sentence, best.anchor, clauseOf(best).start) ??
    codedDate(story.find((o) => [o.actor.code, o.target.code].some((c) => c === actor || c === target))) ??
    codedDate(story[0])
  );
}

function fits(party: Party, kind: "state" | "bloc" | undefined, kb: KnowledgeBase): boolean {
  if (!kind) return true;
  return kind === "bloc" ? kb.organisations.has(party.code) : !kb.organisations.has(party.code);
}
