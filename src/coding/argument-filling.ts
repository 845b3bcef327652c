import { actionItem } from "./arguments/action-item.js";
import { fallbackActors, opensClause } from "./arguments/fallback-actors.js";
import { fitsKind } from "./arguments/fits-kind.js";
import { contactTargets } from "./arguments/contact-targets.js";
import { impliedActors } from "./arguments/implicit-actors.js";
import { partiesOf } from "./arguments/parties-of.js";
import { resolveMention, targetPlaces, type Party } from "./arguments/resolve-mention.js";
import type { CoderContext } from "./coder-context.js";
import { elidedTargets } from "./discourse/elided-targets.js";
import { repeatedTargets } from "./discourse/repeated-targets.js";
import { eventAnaphorTargets } from "./discourse/event-anaphora.js";
import { blocIn, isMember, topicBloc } from "./discourse/topics.js";
import { voicesPair } from "./discourse/voices-pair.js";
import { reportedVerdict } from "./modality/reported-verdict.js";
import type { Occurrence } from "./occurrence.js";
import type { Candidate } from "./trigger-candidate.js";

/** The actors and targets of a candidate, with the confidence of how they were found. */
export interface CandidateParties {
  readonly actors: readonly Party[];
  readonly targets: readonly Party[];
  readonly confidence: number;
  /** The verdict is the issuing statement's own ("Russia's unprovoked war"). */
  readonly issued: boolean;
}

/**
 * Fills the actors and targets of the candidate in sentence `i`: from its slots, else from the
 * statement's issuer, an earlier act the object refers to, an elided target, the article's bloc or
 * state, or the sides of a contact. Null when either side stays empty.
 */
export function candidateParties(
  coder: CoderContext,
  i: number,
  candidate: Candidate,
  occurrences: readonly Occurrence[],
): CandidateParties | null {
  const { doc, kb, lexicon, topic, topicState, resolved, voices } = coder;
  const sentence = resolved[i]!;
  const { match, tokens, clause, type, at, actorFill, targetFill, actorMentions } = candidate;
  const issued = match.trigger.implicitActor === "issuer";
  // "Russia's unprovoked war" in a statement: the verdict is the statement's own.
  let actors = issued
    ? voices
        .issuerOf(sentence, match.first)
        .map((code): Party => ({ code, role: null, text: "", group: null }))
    : partiesOf(actorMentions, at, kb, { allowPlaces: false }, sentence);
  if (issued && (!actors.length || reportedVerdict(tokens, match.first))) return null;
  const pair =
    !targetFill && lexicon.types[type].weight > 0 && match.trigger.steps.length > 1
      ? voicesPair(actorMentions, actors)
      : null;
  if (pair) actors = pair.actors;
  // "Bush condemned the recognition", "Orban did not veto the move": the object refers back to
  // an earlier act, accusation or membership step.
  let referred =
    !targetFill && !pair && actors.length && !issued
      ? eventAnaphorTargets(
          type,
          sentence,
          match.first + 1,
          match.last,
          actors,
          occurrences,
          lexicon.cues.eventAnaphora,
          (m) => resolveMention(m, at, kb, { allowPlaces: false }),
          resolved[i - 1],
          topicState,
        )
      : [];
  // "Germany threw out four Russian officials, while Ukraine expelled 13": an elided target is
  // the one of the same act earlier in the sentence.
  if (pair) referred = pair.targets;
  if (!targetFill && !referred.length && actors.length && !issued)
    referred = elidedTargets(occurrences, sentence, type, actors);
  // Last, what the article is about: "Finland and Sweden applied together in May" bid to the
  // bloc named in the sentence or the article's bloc; some types fall back to its state.
  // A statement's own words name no actor: its voice acts ("any use of such weapons would be met
  // with severe consequences" threatens the state the statement is about).
  const implicitBloc =
    !targetFill && !referred.length && (actorFill || (issued && actors.length))
      ? match.trigger.implicitTarget === "topic-bloc"
        ? (blocIn(sentence, at, kb) ?? topic ?? topicBloc(resolved.slice(0, i + 1), kb))
        : match.trigger.implicitTarget === "topic-state"
          ? topicState
          : null
      : null;
  // "Putin met Orban. Bilateral trade grew": the sides of a contact stand in for the target.
  if (!targetFill && !referred.length) {
    const contact = contactTargets(coder, candidate, sentence, actors, occurrences);
    actors = [...contact.actors];
    referred = [...contact.targets];
  }
  // "the special military operation": a name that gives its sides where the sentence names none.
  const sides = match.trigger.sides;
  const named = (code: string): Party => ({ code, role: null, text: "", group: null });
  // "Russia's unprovoked invasion" after 24 February 2022: the war the actor wages then.
  const warSide =
    !targetFill && !implicitBloc && !referred.length && match.trigger.implicitTarget === "war-side"
      ? ongoingWar(actors, at, lexicon.cues.wars)
      : null;
  if (warSide) referred = [named(warSide)];
  if (!targetFill && !implicitBloc && !referred.length) {
    if (!sides) return null;
    referred = [named(sides.target)];
  }
  let confidence = 0.8;
  if (!actors.length && !actorFill && opensClause(sentence, match, clause)) {
    actors = fallbackActors(sentence, targetFill, at, kb);
    confidence = 0.5;
  }
  // A statement's list item "Action to impose visa restrictions on 587 Russian individuals":
  // the act is the statement's own.
  if (!actors.length && !actorFill && actionItem(sentence, match.first)) {
    actors = voices
      .issuerOf(sentence, match.first)
      .map((code): Party => ({ code, role: null, text: "", group: null }));
    confidence = 0.6;
  }
  if (!actors.length && !actorFill && sides) actors = [named(sides.actor)];
  if (actorFill?.slot === "weapon") confidence = 0.7;
  const info = lexicon.types[type];
  const members = match.trigger.actorKind === "member";
  if (!members) actors = actors.filter((p) => fitsKind(p, info.actor, kb));
  // Only a member (or the bloc itself) can block entry: "Russia has long opposed Montenegro's bid
  // to join the alliance" is opposition, not a veto; and only they ratify it.
  if (type === "ACCESSION_BLOCK" || members) {
    const bloc = blocIn(sentence, at, kb) ?? topic;
    // At the event's date or, as dates in relative clauses mislead, at publication.
    if (bloc)
      actors = actors.filter(
        (p) =>
          p.code === bloc.code ||
          isMember(p.code, bloc.code, at, kb) ||
          isMember(p.code, bloc.code, doc.published, kb),
      );
  }
  const placeOk = lexicon.cues.placeTargets.includes(type) || match.trigger.placeTarget === true;
  let targets = referred.length
    ? referred
    : implicitBloc
      ? [implicitBloc]
      : partiesOf(
          targetFill,
          at,
          kb,
          targetPlaces(placeOk, info.weight),
          sentence,
          true,
          actorMentions?.mentions,
        ).filter((p) => fitsKind(p, info.target, kb));
  // "raising Russia's aggression in every corner of the UN system": a war is fought in a state's
  // territory ("the war in Ukraine", "the invasion of Ukraine"), and an organisation has none.
  if (type === "ARMED_CONFLICT" && (targetFill?.slot === "in" || targetFill?.slot === "of"))
    targets = targets.filter((p) => !kb.organisations.has(p.code));
  // "The Russian naval base in Sevastopol" in 2024: no host, a place held in the actor's war.
  if (match.trigger.placeTarget) {
    const enemy = ongoingWar(actors, at ?? doc.published, lexicon.cues.wars);
    targets = targets.filter((p) => p.code !== enemy);
  }
  // "Our trade with China increased by 34 percent and with India by 87 percent": the same act
  // with the states named later after the same preposition.
  if (targets.length && !referred.length && !implicitBloc && info.weight > 0)
    for (const p of repeatedTargets(sentence, match, targetFill, at, kb))
      if (!targets.some((t) => t.code === p.code) && fitsKind(p, info.target, kb)) targets = [...targets, p];
  // No actor in the sentence: the one the trigger implies (the headline's speaker, the readout's
  // sides or voice).
  if (!actors.length && !actorFill) {
    const implied = impliedActors(coder, sentence, match, targets, occurrences);
    if (implied) {
      actors = [...implied.actors];
      confidence = implied.confidence;
    }
  }
  if (!targets.length && sides) targets = [named(sides.target)];
  if (!actors.length || !targets.length) return null;
  // "the assistance that Russia and Uzbekistan provide to each other": each side acts on the other.
  if (match.trigger.mutual) {
    const both = [...actors, ...targets].filter((p, k, all) => all.findIndex((q) => q.code === p.code) === k);
    if (both.length === 2) return { actors: both, targets: both, confidence, issued };
  }
  return { actors, targets, confidence, issued };
}

/** The other side of the war one of the actors wages at `at` (cues.yaml `wars`), if any. */
function ongoingWar(
  actors: readonly Party[],
  at: string | null,
  wars: readonly { actor: string; target: string; from: string }[],
): string | null {
  if (!at) return null;
  for (const war of wars) if (at >= war.from && actors.some((a) => a.code === war.actor)) return war.target;
  return null;
}
