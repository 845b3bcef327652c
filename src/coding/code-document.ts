import { createHash } from "node:crypto";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Mention, Sentence, Token } from "../nlp/annotated-document.js";
import { clauseAround } from "./arguments/clause.js";
import { initiatorContacts } from "./discourse/contact-initiative.js";
import { contactPair, contactPartner } from "./discourse/contact-pair.js";
import type { CodedEvent, Evidence, EventLocation } from "./event.js";
import { eventAnaphorTargets } from "./discourse/event-anaphora.js";
import { eventDate } from "./dates/event-date.js";
import { followSuit } from "./discourse/follow-suit.js";
import { headlineDate } from "./dates/headline-date.js";
import { lendsDate, restatedDate } from "./dates/restated-date.js";
import { headlineSpeaker } from "./discourse/headline-speaker.js";
import { gappedActors } from "./arguments/gapping.js";
import type { EventType } from "./lexicon/event-type.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import type { Slot } from "./lexicon/lexicon-schema.js";
import { awaitingCue, compileCues, modalityOf } from "./modality/modality.js";
import {
  resolveMention,
  targetPlaces,
  type Party,
  type ResolveOptions,
} from "./arguments/resolve-mention.js";
import { fillSlot, isPerson, type SlotFill } from "./arguments/slots.js";
import { resolveSentences } from "./arguments/resolve-sentences.js";
import { isStativeParticiple } from "./arguments/stative-participle.js";
import { blocIn, headlineState, isMember, topicBloc } from "./discourse/topics.js";
import { isVoices, voicesPair } from "./discourse/voices-pair.js";
import { findTriggers, type TriggerMatch } from "./lexicon/trigger-match.js";
import { firstPersonVoices } from "./discourse/first-person.js";
import type { Proposer } from "./proposer.js";
import type { Report } from "./report.js";

/** One trigger occurrence with its parties, before same-fact mentions are merged. */
interface Occurrence extends Report {
  readonly match: TriggerMatch;
}

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

/**
 * "We stand with the people of Belarus" in a text where the same actor sanctions or condemns
 * Belarus: support of a people against its state, no cooperation with the state. Dropped in place.
 */
function dropPeopleAgainstState(occurrences: Occurrence[]): void {
  const hostile = new Set(
    occurrences
      .filter((o) => (o.type === "SANCTION" || o.type === "CRITICISM") && o.modality === "asserted")
      .map((o) => `${o.actor.code}|${o.target.code}`),
  );
  for (let i = occurrences.length - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.type !== "DIPLOMATIC_COOPERATION" || !hostile.has(`${o.actor.code}|${o.target.code}`)) continue;
    if (namesPeople(o.sentence.text, o.target.text)) occurrences.splice(i, 1);
  }
}

/** Whether a sentence names a state by its people: "the people of Belarus", "the Belarusian people". */
function namesPeople(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  return [`people of ${n}`, `people of the ${n}`, `${n} people`, `${n} citizens`, `citizens of ${n}`].some(
    (p) => lower.includes(p),
  );
}

type NeedsSets = Record<"arms" | "economy" | "military" | "cyber", ReadonlySet<string>>;

const needsCache = new WeakMap<Lexicon, NeedsSets>();

function needsSets(lexicon: Lexicon): NeedsSets {
  let sets = needsCache.get(lexicon);
  if (!sets) {
    const c = lexicon.cues;
    sets = {
      arms: new Set(c.arms),
      economy: new Set(c.economy),
      military: new Set(c.military),
      cyber: new Set(c.cyber),
    };
    needsCache.set(lexicon, sets);
  }
  return sets;
}

/** Whether the clause has one of the words (or, for arms, names a weapon system) besides the
 *  trigger's own: "the Danish shipping group" is not about ships. */
function clauseHas(
  sentence: Sentence,
  clause: { start: number; end: number },
  match: TriggerMatch,
  words: ReadonlySet<string>,
  weapons: boolean,
): boolean {
  for (let i = clause.start; i < clause.end; i++) {
    if (i === match.first) continue;
    const t = sentence.tokens[i]!;
    if (words.has(t.lemma) || words.has(t.norm)) return true;
  }
  return weapons && sentence.mentions.some((m) => m.refs.some((r) => r.kind === "weapon"));
}

/** "threatened to cut gas": the threat is of a typed act, which carries the event instead. */
function introducesTypedAct(
  threat: TriggerMatch,
  matches: readonly TriggerMatch[],
  clause: { start: number; end: number },
  tokens: readonly Token[],
  warnings: ReadonlySet<string>,
): boolean {
  // A bare "warned that ..." introduces what follows; "vowed to retaliate", "warned of consequences"
  // name their own response.
  const bare = threat.last - threat.first === 1 && warnings.has(tokens[threat.first]!.lemma);
  return matches.some(
    (m) =>
      m !== threat &&
      m.trigger.type !== "THREAT" &&
      m.first >= threat.last &&
      m.first <= threat.last + 8 &&
      m.first < clause.end + 8 &&
      // "vowed to respond if NATO deployed troops": a threat that names its own response is not
      // about the act in its condition (a bare "warned that if ..." still introduces it).
      !(!bare && conditionBetween(tokens, threat.last, m.first)),
  );
}

/** Whether an "if" or "unless" stands between two tokens. */
function conditionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.norm === "if" || tokens[i]!.norm === "unless") return true;
  return false;
}

/** Context retyping from cues.yaml: an attack by hackers is a cyber operation, and so on. */
function retype(type: EventType, sentence: Sentence, lexicon: Lexicon): EventType {
  for (const rule of lexicon.cues.retype) {
    if (rule.from !== type) continue;
    if (sentence.tokens.some((t) => rule.when.includes(t.lemma) || rule.when.includes(t.norm)))
      return rule.to;
  }
  return type;
}

/** Heads of a statement's verbless list item that name the act to follow: "Action to impose ...". */
const ACTION_HEADS = new Set(["action", "actions", "measure", "measures", "step", "steps"]);

/** Whether the sentence is a verbless item "Action to <trigger> ...", its trigger the infinitive. */
function actionItem(sentence: Sentence, first: number): boolean {
  const tokens = sentence.tokens;
  return (
    first === 2 &&
    ACTION_HEADS.has(tokens[0]!.norm) &&
    tokens[1]!.norm === "to" &&
    tokens[2]!.pos === "VERB" &&
    /^\p{Lu}/u.test(tokens[0]!.text)
  );
}

/** The trigger opens its clause ("Conflict has also been undertaken with Georgia"): nothing governs it. */
function opensClause(
  sentence: Sentence,
  match: TriggerMatch,
  clause: { start: number; end: number },
): boolean {
  for (let i = match.first - 1; i >= clause.start; i--) {
    const t = sentence.tokens[i]!;
    if (t.pos === "DET" || t.pos === "ADJ") continue;
    // ", and misinformation campaigns have been rife": a coordinated main clause starts here.
    return t.text === "," || (t.pos === "CCONJ" && (i === 0 || sentence.tokens[i - 1]!.text === ","));
  }
  return true;
}

/**
 * Who gave the warning before the trigger: the mention just before the warning word (its subject)
 * or after "from" right behind it ("warnings from Trump's administration that Washington would").
 * A warning counts as the actor's threat only when the warner is the actor; "analysts warn that
 * Moscow could" is speculation.
 */
function warnedByActor(
  sentence: Sentence,
  triggerFirst: number,
  actors: readonly Party[],
  warning: readonly string[],
  date: string | null,
  kb: KnowledgeBase,
): boolean {
  const tokens = sentence.tokens;
  let w = -1;
  for (let i = 0; i < triggerFirst; i++) if (warning.includes(tokens[i]!.lemma)) w = i;
  if (w < 0) return false;
  const codes = new Set(actors.map((a) => a.code));
  const named = (m: Mention | undefined) =>
    m !== undefined && resolveMention(m, date, kb, { allowPlaces: false }).some((p) => codes.has(p.code));
  const before = sentence.mentions.filter((m) => m.last <= w && m.last >= w - 6).pop();
  const after =
    tokens[w + 1]?.norm === "from"
      ? sentence.mentions.find((m) => m.first > w + 1 && m.first <= w + 4)
      : undefined;
  return named(before) || named(after);
}

/** The targets of an earlier occurrence of the same type in the same sentence by other actors. */
function elidedTargets(
  occurrences: readonly Occurrence[],
  sentence: Sentence,
  type: EventType,
  actors: readonly Party[],
): Party[] {
  const codes = new Set(actors.map((a) => a.code));
  const same = occurrences.filter((o) => o.sentence === sentence && o.type === type);
  // "Xi hosted the leaders of Kazakhstan and Kyrgyzstan ... met": those acted on are not new actors.
  if (same.some((o) => codes.has(o.target.code))) return [];
  const out: Party[] = [];
  for (const o of same)
    if (
      o.sentence === sentence &&
      o.type === type &&
      !codes.has(o.actor.code) &&
      !out.some((p) => p.code === o.target.code)
    )
      out.push(o.target);
  return out;
}

/** "the Russia-EU summit", "Russian-Bulgarian talks": two parties joined by a hyphen. */
function hyphenPair(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const [a, b] = mentions;
  return mentions.length === 2 && a!.last === b!.first - 1 && tokens[a!.last]?.text === "-";
}

/** The last act coded in an earlier sentence: what "followed suit" repeats. */
function lastEarlierAct(occurrences: readonly Occurrence[], sentence: Sentence): Occurrence | undefined {
  for (let k = occurrences.length - 1; k >= 0; k--)
    if (occurrences[k]!.sentence !== sentence) return occurrences[k];
  return undefined;
}

function fitsKind(party: Party, kind: "state" | "bloc" | undefined, kb: KnowledgeBase): boolean {
  if (!kind) return true;
  const bloc = kb.organisations.has(party.code);
  return kind === "bloc" ? bloc : !bloc;
}

function firstFill(
  slots: readonly Slot[],
  ctx: Parameters<typeof fillSlot>[1],
  exclude?: SlotFill | null,
): SlotFill | null {
  for (const slot of slots) {
    const f = fillSlot(slot, ctx);
    if (!f) continue;
    if (exclude && f.mentions.every((m) => exclude.mentions.includes(m))) continue;
    return f;
  }
  return null;
}

function partiesOf(
  fill: SlotFill | null,
  date: string | null,
  kb: KnowledgeBase,
  places: ResolveOptions,
  sentence: Sentence,
  asTarget = false,
  acting: readonly Mention[] = [],
): Party[] {
  if (!fill) return [];
  if (fill.slot === "weapon") {
    const out: Party[] = [];
    for (const m of fill.mentions)
      for (const r of m.refs)
        if (r.kind === "weapon") out.push({ code: r.origin, role: null, text: m.text, group: null });
    return out;
  }
  const mentions = fill.mentions.filter((m) =>
    asTarget ? !isBlocModifier(m, sentence, kb) : !isBlocScheme(m, sentence, kb),
  );
  const parties = mentions.flatMap((m) => resolveMention(m, date, kb, places));
  return restrictGroups(parties, mentions, sentence, date, kb, acting);
}

/**
 * "backs EU path", "supplies to European Union members": a bloc's name modifying a noun names the
 * path or the members, not the bloc, so it is no target.
 */
function isBlocModifier(m: Mention, sentence: Sentence, kb: KnowledgeBase): boolean {
  if (!m.refs.every((r) => r.kind === "actor" && kb.organisations.has(r.code))) return false;
  if (BLOC_MODIFIED.has(sentence.tokens[m.last]?.norm ?? "")) return true;
  return isBlocScheme(m, sentence, kb);
}

/** "join NATO's nuclear sharing arrangements": a scheme of the bloc, not the bloc. */
function isBlocScheme(m: Mention, sentence: Sentence, kb: KnowledgeBase): boolean {
  if (!m.refs.every((r) => r.kind === "actor" && kb.organisations.has(r.code))) return false;
  const tokens = sentence.tokens;
  if (tokens[m.last]?.norm !== "'s") return false;
  let j = m.last + 1;
  while (j < tokens.length && j < m.last + 5 && !BLOC_SCHEMES.has(tokens[j]!.norm)) {
    const pos = tokens[j]!.pos;
    if (pos !== "ADJ" && pos !== "NOUN" && pos !== "VERB") return false;
    j++;
  }
  return BLOC_SCHEMES.has(tokens[j]?.norm ?? "");
}

/** What a bloc runs that others join: "NATO's air policing mission", "the EU's recovery scheme". */
const BLOC_SCHEMES = new Set([
  "arrangement",
  "arrangements",
  "programme",
  "programmes",
  "program",
  "programs",
  "mission",
  "missions",
  "initiative",
  "scheme",
  "framework",
]);

/** Nouns after a bloc's name that make it a modifier: its members, a path towards it, its money. */
const BLOC_MODIFIED = new Set([
  "member",
  "members",
  "countries",
  "states",
  "nations",
  "citizens",
  "path",
  "course",
  "funds",
  "money",
  "budget",
]);

/**
 * "the Baltic states ... Latvia and Lithuania": when the sentence names members, only those; but
 * not members named in another clause joined by ", and" ("The Baltic states voiced solidarity with
 * Warsaw, and Lithuania's minister said ..."), nor the one acting on the group ("Blinken spoke with
 * his G7 counterparts": the other members), nor a member listed beside the group ("with Japan's
 * foreign minister and his G7 counterparts").
 */
function restrictGroups(
  parties: Party[],
  filled: readonly Mention[],
  sentence: Sentence,
  date: string | null,
  kb: KnowledgeBase,
  acting: readonly Mention[] = [],
): Party[] {
  if (!parties.some((p) => p.group)) return parties;
  // "We will evaluate our military cooperation": the voices stay whole beside "we".
  if (filled.every(isVoices)) return parties;
  const groups = filled.filter((m) => m.refs.some((r) => r.kind === "group"));
  const named = new Set(
    sentence.mentions
      .filter(
        (m) =>
          !m.refs.some((r) => r.kind === "group") &&
          !acting.includes(m) &&
          !groups.some(
            (g) => clauseJoinBetween(sentence.tokens, g, m) || listedBefore(sentence.tokens, m, g),
          ),
      )
      .flatMap((m) => resolveMention(m, date, kb, { allowPlaces: false }).map((p) => p.code)),
  );
  return parties.filter((p) => !p.group || !p.group.some((c) => named.has(c)) || named.has(p.code));
}

/** "Japan's minister and our G7 counterparts": a member named just before the group, joined by "and". */
function listedBefore(tokens: readonly Token[], m: Mention, group: Mention): boolean {
  if (m.last > group.first) return false;
  let from = m.last;
  // "Foreign Minister Hayashi and": the official's name the knowledge base does not know.
  while (from < group.first && tokens[from]!.pos === "PROPN") from++;
  const between = tokens.slice(from, group.first).map((t) => t.norm);
  return (
    between[0] === "and" && between.length <= 3 && between.slice(1).every((w) => LIST_DETERMINERS.has(w))
  );
}
const LIST_DETERMINERS = new Set(["the", "our", "his", "her", "their", "its", "other", "fellow"]);

const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas"]);

/** Whether ", and" (", but", ", while") separates two mentions: they stand in different clauses. */
function clauseJoinBetween(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  const [from, to] = a.first < b.first ? [a.last, b.first] : [b.last, a.first];
  for (let i = from; i < to - 1; i++)
    if (tokens[i]!.text === "," && CLAUSE_JOINS.has(tokens[i + 1]!.norm)) return true;
  return false;
}

/**
 * An agentless trigger ("Conflict has also been undertaken with Georgia ... as Moscow looks to"):
 * the sentence's other actor that is a clause subject stands in, with lower confidence.
 */
function fallbackActors(
  sentence: Sentence,
  target: SlotFill | null,
  date: string | null,
  kb: KnowledgeBase,
): Party[] {
  const used = new Set<Mention>(target?.mentions ?? []);
  for (const m of sentence.mentions) {
    if (used.has(m)) continue;
    const previous = sentence.tokens[m.first - 1];
    if (previous && previous.pos === "ADP" && previous.norm !== "as") continue;
    const next = sentence.tokens[m.last];
    if (!next || (next.pos !== "VERB" && next.pos !== "AUX")) continue;
    const parties = resolveMention(m, date, kb, { allowPlaces: false });
    if (parties.length) return parties;
  }
  return [];
}

function nearStartOf(sentence: Sentence, fill: SlotFill, triggerFirst: number, clauseStart: number): number {
  // A pronoun's antecedent may sit in an earlier sentence; then the verb chain starts at the clause.
  const here = fill.mentions.filter((m) => sentence.mentions.includes(m));
  const last = Math.max(-1, ...here.map((m) => (m.last <= triggerFirst ? m.last : -1)));
  return last >= 0 ? last : clauseStart;
}

function isPassive(sentence: Sentence, first: number): boolean {
  const t = sentence.tokens[first]!;
  if (t.pos !== "VERB" || /ing$/.test(t.norm) || t.norm === t.lemma || isStativeParticiple(t.norm))
    return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const u = sentence.tokens[k]!;
    if (u.lemma === "be" || u.lemma === "get") return true;
    if (u.pos !== "ADV" && u.pos !== "PART") return false;
  }
  return false;
}

function locationOf(sentence: Sentence): EventLocation | null {
  for (const m of sentence.mentions)
    for (const r of m.refs) if (r.kind === "place") return { name: r.name, country: r.country };
  return null;
}

function assemble(
  documentId: string,
  occurrences: readonly Report[],
  lexicon: Lexicon,
  published: string | null,
): CodedEvent[] {
  const groups = new Map<string, Report[]>();
  for (const o of occurrences) {
    const key = `${o.type}|${o.actor.code}|${o.target.code}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const events: CodedEvent[] = [];
  for (const list of groups.values()) {
    // The first mention that claims something gives modality and date; hypothetical ones claim nothing.
    const claims = list.filter((o) => o.modality !== "hypothetical");
    const first = claims[0] ?? list[0]!;
    // A later mention dates it only if it restates the news: "they last spoke in March" does not.
    const date =
      first.date ?? claims.find((o) => o.date && lendsDate(o.sentence, o.date, published))?.date ?? null;
    const evidence = (o: Report): Evidence => ({
      text: o.sentence.text,
      start: o.sentence.start,
      end: o.sentence.end,
    });
    const type = first.type;
    const info = lexicon.types[type];
    const mentions: Evidence[] = [];
    for (const o of list)
      if (o !== first && !mentions.some((e) => e.start === o.sentence.start)) mentions.push(evidence(o));
    const ev = evidence(first);
    events.push({
      id: createHash("sha256")
        .update(`${documentId}|${type}|${first.actor.code}|${first.target.code}|${ev.start}|${ev.end}`)
        .digest("hex")
        .slice(0, 16),
      type,
      actor: first.actor.code,
      target: first.target.code,
      actorText: first.actor.text,
      targetText: first.target.text,
      actorRole: first.actor.role,
      modality: first.modality,
      date,
      dateSource: date ? "text" : "none",
      location: first.location ?? list.find((o) => o.location)?.location ?? null,
      weapon: first.weapon ?? list.find((o) => o.weapon)?.weapon ?? null,
      cameo: info.cameo,
      plover: info.plover,
      weight: Math.round(info.weight * lexicon.modalityFactor[first.modality] * 100) / 100,
      confidence: first.confidence,
      evidence: ev,
      mentions,
    });
  }
  return events.sort((a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type));
}

/** Words that make a verdict someone else's: "the so-called Russian aggression", "what Kyiv calls". */
const OTHERS_VERDICT = new Set([
  "so-called",
  "alleged",
  "allegedly",
  "supposed",
  "purported",
  "call",
  "calls",
  "called",
]);

/** Whether a verdict at `first` is reported as another's rather than given ("so-called", "what it called"). */
function reportedVerdict(tokens: readonly Token[], first: number): boolean {
  for (let k = Math.max(0, first - 5); k < first; k++) if (OTHERS_VERDICT.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * "On the eve of his official visit to Italy": a contact due the day after publication, dated by
 * the publication's month (the text gives no day of its own).
 */
function eveDate(
  type: EventType,
  tokens: readonly Token[],
  at: number,
  published: string | null,
): string | null {
  if (type !== "DIPLOMATIC_COOPERATION" || !published) return null;
  return awaitingCue(tokens, at) === "eve" ? published.slice(0, 7) : null;
}
