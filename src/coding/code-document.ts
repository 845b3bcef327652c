import type { KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Mention } from "../nlp/annotated-document.js";
import { actionItem } from "./arguments/action-item.js";
import { clauseAround } from "./arguments/clause.js";
import { fallbackActors, opensClause } from "./arguments/fallback-actors.js";
import { firstFill } from "./arguments/first-fill.js";
import { fitsKind } from "./arguments/fits-kind.js";
import { gappedActors } from "./arguments/gapping.js";
import { hyphenPair } from "./arguments/hyphen-pair.js";
import { locationOf } from "./arguments/location-of.js";
import { partiesOf } from "./arguments/parties-of.js";
import { isPassive } from "./arguments/passive.js";
import { resolveMention, targetPlaces, type Party } from "./arguments/resolve-mention.js";
import { resolveSentences } from "./arguments/resolve-sentences.js";
import { isPerson } from "./arguments/slots.js";
import { assemble } from "./assemble.js";
import { eveDate } from "./dates/eve-date.js";
import { eventDate } from "./dates/event-date.js";
import { headlineDate } from "./dates/headline-date.js";
import { restatedDate } from "./dates/restated-date.js";
import { initiatorContacts } from "./discourse/contact-initiative.js";
import { contactPair, contactPartner } from "./discourse/contact-pair.js";
import { elidedTargets } from "./discourse/elided-targets.js";
import { eventAnaphorTargets } from "./discourse/event-anaphora.js";
import { firstPersonVoices } from "./discourse/first-person.js";
import { followSuit } from "./discourse/follow-suit.js";
import { headlineSpeaker } from "./discourse/headline-speaker.js";
import { lastEarlierAct } from "./discourse/last-earlier-act.js";
import { dropPeopleAgainstState } from "./discourse/people-against-state.js";
import { blocIn, headlineState, isMember, topicBloc } from "./discourse/topics.js";
import { voicesPair } from "./discourse/voices-pair.js";
import type { CodedEvent } from "./event.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { retype } from "./lexicon/retype.js";
import { findTriggers } from "./lexicon/trigger-match.js";
import { clauseHas, needsSets } from "./lexicon/trigger-needs.js";
import { introducesTypedAct } from "./lexicon/typed-threat.js";
import { compileCues, modalityOf } from "./modality/modality.js";
import { nearStartOf } from "./modality/near-start.js";
import { reportedVerdict } from "./modality/reported-verdict.js";
import { warnedByActor } from "./modality/warned-by-actor.js";
import type { Occurrence } from "./occurrence.js";
import type { Proposer } from "./proposer.js";

/**
 * Codes every event of an annotated document; one event per (type, actor, target). With a
 * proposer (the learned scorer), the pairs of parties the trigger frames left uncoded are judged too.
 */
export function codeDocument(
  documentId: string,
  doc: AnnotatedDocument,
  kb: KnowledgeBase,
  lexicon: Lexicon,
  proposer: Proposer | null = null,
): CodedEvent[] {
  const cues = compileCues(lexicon.cues);
  const boundaries = new Set(lexicon.cues.boundary.map((b) => b.toLowerCase()));
  const warnings = new Set(lexicon.cues.warning);
  const needs = needsSets(lexicon);
  const occurrences: Occurrence[] = [];
  let previousPerson: Mention | null = null;
  let previousParagraph = -1;
  const topic = topicBloc(doc.sentences, kb);
  const topicState = headlineState(doc, kb);
  const resolved = resolveSentences(doc, kb, lexicon);
  const speakerOf = headlineSpeaker(resolved, doc.published, kb);
  const voices = firstPersonVoices(doc, kb);
  for (let i = 0; i < resolved.length; i++) {
    const sentence = resolved[i]!;
    // "he" and "she" reach back to the last person named in this paragraph or the one before.
    if (sentence.paragraph > previousParagraph + 1) previousPerson = null;
    const matches = findTriggers(sentence.tokens, lexicon);
    for (const match of matches) {
      const tokens = sentence.tokens;
      const clause = clauseAround(tokens, match.first, match.last, boundaries);
      if (
        match.trigger.needs &&
        !clauseHas(sentence, clause, match, needs[match.trigger.needs], match.trigger.needs === "arms")
      )
        continue;
      if (match.trigger.type === "THREAT" && introducesTypedAct(match, matches, clause, tokens, warnings))
        continue;
      const type = retype(match.trigger.type, sentence, lexicon);
      const passive = match.trigger.pos !== "noun" && isPassive(sentence, match.first);
      const ctx = {
        sentence,
        match,
        boundaries,
        passive,
        nominal: match.trigger.pos === "noun",
        attribution: lexicon.cues.attribution,
        previousPerson,
      };
      const date = eventDate(doc.sentences, sentence, match.first, clause, doc.published);
      // Who held an office is decided at the event's date, else at publication.
      const at = date ?? doc.published;
      const actorFill = firstFill(match.trigger.actor, ctx);
      let targetFill = firstFill(match.trigger.target, ctx, actorFill);
      let actorMentions = actorFill;
      // "Russia and Serbia signed a gas deal": when neither leads, the first named acts on the others.
      if (
        !targetFill &&
        actorFill &&
        actorFill.mentions.length > 1 &&
        lexicon.types[type].weight > 0 &&
        (match.trigger.steps.length > 1 || hyphenPair(sentence.tokens, actorFill.mentions))
      ) {
        const ordered = [...actorFill.mentions].sort((a, b) => a.first - b.first);
        actorMentions = { slot: actorFill.slot, mentions: ordered.slice(0, 1) };
        targetFill = { slot: actorFill.slot, mentions: ordered.slice(1) };
      }
      const issued = match.trigger.implicitActor === "issuer";
      // "Russia's unprovoked war" in a statement: the verdict is the statement's own.
      let actors = issued
        ? voices
            .issuerOf(sentence, match.first)
            .map((code): Party => ({ code, role: null, text: "", group: null }))
        : partiesOf(actorMentions, at, kb, { allowPlaces: false }, sentence);
      if (issued && (!actors.length || reportedVerdict(tokens, match.first))) continue;
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
      const implicitBloc =
        !targetFill && !referred.length && actorFill
          ? match.trigger.implicitTarget === "topic-bloc"
            ? (blocIn(sentence, at, kb) ?? topic ?? topicBloc(resolved.slice(0, i + 1), kb))
            : match.trigger.implicitTarget === "topic-state"
              ? topicState
              : null
          : null;
      // "Putin met Orban. Bilateral trade grew": the two sides of the contact the readout reports.
      // "Trade between the two countries grew": one mention for both sides, the first acting.
      if (!targetFill && !referred.length && match.trigger.implicitTarget === "contact-pair") {
        const sides =
          actorFill?.mentions.length === 1
            ? resolveMention(actorFill.mentions[0]!, at, kb, { allowPlaces: false })
            : [];
        const both = sides.length === 2;
        const contact = !actorFill || both ? contactPair(occurrences, sentence, match, at, kb) : null;
        if (contact) {
          actors = [contact.actor];
          referred = [contact.target];
        } else if (both) {
          actors = sides.slice(0, 1);
          referred = sides.slice(1);
        } else if (actors.length === 1) {
          // "We regularly conduct joint exercises": shared with the other side of the contact.
          const partner = contactPartner(occurrences, actors[0]!, sentence, match, at, kb);
          if (partner) referred = [partner];
        }
      }
      if (!targetFill && !implicitBloc && !referred.length) continue;
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
      const placeOk = lexicon.cues.placeTargets.includes(type);
      const targets = referred.length
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
      // "Meeting with President of Belarus Alexander Lukashenko": the publishing office's leader.
      if (!actors.length && !actorFill && match.trigger.implicitActor === "speaker") {
        const speaker = speakerOf(sentence, targets);
        if (speaker) {
          actors = [speaker];
          confidence = 0.5;
        }
      }
      if (!actors.length || !targets.length) continue;
      const nearStart =
        actorFill && actorFill.slot !== "weapon"
          ? nearStartOf(sentence, actorFill, match.first, clause.start)
          : clause.start;
      // The statement's own verdict is asserted whatever the clause around it says ("must cease its
      // war of aggression").
      const modality =
        issued || match.trigger.modality === "asserted"
          ? "asserted"
          : modalityOf(
              {
                tokens,
                nearStart,
                triggerFirst: match.first,
                triggerLast: match.last,
                clauseEnd: clause.end,
                type,
                own: match.trigger.modality,
                warnedByActor: warnedByActor(sentence, match.first, actors, lexicon.cues.warning, at, kb),
              },
              cues,
            );
      const weaponMention = sentence.mentions.find((m) => m.refs.some((r) => r.kind === "weapon"));
      for (const actor of actors) {
        for (const target of targets) {
          if (actor.code === target.code) continue;
          occurrences.push({
            type,
            match,
            sentence,
            actor,
            target,
            modality,
            date:
              date ??
              headlineDate(doc, sentence, actor.code, target.code, kb) ??
              restatedDate(doc, sentence, match, actor.code, target.code, kb) ??
              eveDate(type, tokens, match.first, doc.published),
            location: locationOf(sentence),
            weapon: type === "ARMS_TRANSFER" ? (weaponMention?.text ?? null) : null,
            confidence,
          });
        }
      }
    }
    // "On Friday Finland followed suit": the last act coded before this sentence, by a new actor.
    const follower = followSuit(sentence, () => sentence.times[0]?.date ?? doc.published, kb);
    const followed = follower ? lastEarlierAct(occurrences, sentence) : undefined;
    if (follower && followed) {
      const tokens = sentence.tokens;
      const clause = clauseAround(tokens, follower.at, follower.at + 2, boundaries);
      const modality = modalityOf(
        {
          tokens,
          nearStart: clause.start,
          triggerFirst: follower.at,
          triggerLast: follower.at + 2,
          clauseEnd: clause.end,
          type: followed.type,
          own: undefined,
          warnedByActor: false,
        },
        cues,
      );
      for (const actor of follower.actors)
        if (actor.code !== followed.target.code)
          occurrences.push({
            ...followed,
            match: { trigger: followed.match.trigger, first: follower.at, last: follower.at + 2 },
            sentence,
            actor,
            modality,
            date: eventDate(doc.sentences, sentence, follower.at, clause, doc.published),
            location: locationOf(sentence),
            confidence: 0.5,
          });
    }
    // "... expelling three Russian diplomats and Latvia and Estonia one each": the last act of the
    // sentence again, for the states of the verbless remnant.
    const last = occurrences[occurrences.length - 1];
    if (last && last.sentence === sentence)
      for (const actor of gappedActors(sentence, last.match.last, last.date ?? doc.published, kb))
        if (
          actor.code !== last.target.code &&
          !occurrences.some(
            (o) => o.sentence === sentence && o.type === last.type && o.actor.code === actor.code,
          )
        )
          occurrences.push({ ...last, actor });
    // "At the USA's initiative, Putin had a telephone conversation with Obama": the initiator acts.
    occurrences.push(...initiatorContacts(sentence, occurrences, doc.published, kb));
    for (const m of sentence.mentions) if (isPerson(m)) previousPerson = m;
    previousParagraph = sentence.paragraph;
  }
  dropPeopleAgainstState(occurrences);
  if (!proposer) return assemble(documentId, occurrences, lexicon, doc.published);
  // What the frames missed, the learned scorer may propose.
  const known = new Set(occurrences.map((o) => `${o.type}|${o.actor.code}|${o.target.code}`));
  const proposed = proposer(doc, resolved, kb, lexicon, known);
  return assemble(documentId, [...occurrences, ...proposed], lexicon, doc.published);
}
