import type { Mention, Sentence, Token } from "../nlp/annotated-document.js";
import { clauseAround, type Clause } from "./arguments/clause.js";
import { firstFill } from "./arguments/first-fill.js";
import { isActorMention } from "./arguments/resolve-mention.js";
import { isPerson } from "./arguments/slots.js";
import { hyphenPair } from "./arguments/hyphen-pair.js";
import { isPassive } from "./arguments/passive.js";
import type { SlotFill } from "./arguments/slots.js";
import type { CoderContext } from "./coder-context.js";
import { eventDate } from "./dates/event-date.js";
import type { EventType } from "./lexicon/event-type.js";
import { retype } from "./lexicon/retype.js";
import type { TriggerMatch } from "./lexicon/trigger-match.js";
import { introducesTypedAct } from "./lexicon/typed-threat.js";

/** The types where, when neither side leads, the first named acts on the others (GUIDELINES.md). */
const COOPERATION: ReadonlySet<EventType> = new Set([
  "DIPLOMATIC_COOPERATION",
  "ECONOMIC_COOPERATION",
  "MILITARY_COOPERATION",
]);

/** A trigger match that passed its filters: its clause, type, date and the slots its frame fills. */
export interface Candidate {
  readonly match: TriggerMatch;
  readonly tokens: readonly Token[];
  readonly clause: Clause;
  readonly type: EventType;
  readonly date: string | null;
  /** The event's date, else publication: who held an office is decided then. */
  readonly at: string | null;
  readonly actorFill: SlotFill | null;
  readonly targetFill: SlotFill | null;
  /** The actor's mentions: the actor fill, or its first mention when the fill names both sides. */
  readonly actorMentions: SlotFill | null;
}

/**
 * The candidate of one trigger match (one whose clause has the words its trigger `needs`: the
 * trigger pass finds only those), or null when a threat introduces a typed act (which carries the
 * event instead).
 */
export function triggerCandidate(
  coder: CoderContext,
  sentence: Sentence,
  match: TriggerMatch,
  matches: readonly TriggerMatch[],
  previousPerson: Mention | null,
  previousSubject: Mention | null = null,
): Candidate | null {
  const { doc, lexicon, boundaries, warnings } = coder;
  const tokens = sentence.tokens;
  const clause = clauseAround(tokens, match.first, match.last, boundaries);
  if (match.trigger.type === "THREAT" && introducesTypedAct(match, matches, clause, tokens, warnings))
    return null;
  // "will meet with Polish and UN officials to discuss the crisis": a topic verb's infinitive or
  // participle ("leaders who were in Panama discussing youth problems") has its subject elsewhere
  // (the one meeting), and the contact is the main verb's.
  if (
    match.trigger.reciprocal &&
    (tokens[match.first - 1]?.norm === "to" || tokens[match.first]!.norm.endsWith("ing"))
  )
    return null;
  // A name that gives its sides fixes what it is ("the Paks plant" stays a joint project when
  // Hungary wants to halt its expansion): no context retypes it.
  const type = match.trigger.sides ? match.trigger.type : retype(match.trigger.type, sentence, lexicon);
  const passive =
    match.trigger.pos !== "noun" && isPassive(sentence, match.first, match.last - match.first === 1);
  const ctx = {
    sentence,
    match,
    boundaries,
    passive,
    nominal: match.trigger.pos === "noun",
    attribution: lexicon.cues.attribution,
    previousPerson,
    previousSubject,
  };
  const date = eventDate(doc.sentences, sentence, match.first, clause, doc.published);
  // Who held an office is decided at the event's date, else at publication.
  const at = date ?? doc.published;
  const ownFill = firstFill(match.trigger.actor, ctx);
  const actorFill = lexicon.types[type].weight > 0 ? pairAdjective(sentence, ownFill) : ownFill;
  let targetFill = personsOnly(match.trigger.partner, firstFill(match.trigger.target, ctx, actorFill));
  let actorMentions = actorFill;
  // "Russia and Serbia signed a gas deal", "Putin and Orban met with students", "the meeting was
  // attended by the presidents of Russia, Belarus and Kazakhstan": when neither leads, the first
  // named acts on the others (any cooperation trigger; others where the pattern names the deal).
  // Words addressed to someone ("Merkel and Hollande expressed their condolences") are not the
  // speakers' to each other, nor is what a trigger with a `partner` finds no partner for ("Serbia and
  // Hungary received Chinese investment", "Putin and Lukashenko sent a message to the festival").
  if (
    !targetFill &&
    actorFill &&
    actorFill.mentions.length > 1 &&
    match.trigger.implicitTarget !== "contact-side" &&
    !match.trigger.partner &&
    lexicon.types[type].weight > 0 &&
    (match.trigger.steps.length > 1 ||
      hyphenPair(sentence.tokens, actorFill.mentions) ||
      (COOPERATION.has(type) &&
        (actorFill.slot === "subject" || actorFill.slot === "by") &&
        (reciprocalPair(match, actorFill) || !objectAfter(sentence, match))))
  ) {
    const ordered = [...actorFill.mentions].sort((a, b) => a.first - b.first);
    actorMentions = { slot: actorFill.slot, mentions: ordered.slice(0, 1) };
    targetFill = { slot: actorFill.slot, mentions: ordered.slice(1) };
  }
  return { match, tokens, clause, type, date, at, actorFill, targetFill, actorMentions };
}

/**
 * "Putin and Erdogan discussed the situation in Syria": two named together as a topic verb's
 * subject talk with each other, whatever its object. A longer list ("Mr Putin, Mr Aliyev and Mr
 * Kocharian discussed regional security") is a summit's discussion among all, coded by the
 * meeting's own words where the text names it.
 */
function reciprocalPair(match: TriggerMatch, actorFill: SlotFill): boolean {
  return match.trigger.reciprocal === true && actorFill.mentions.length === 2;
}

/**
 * "Ukraine and Moldova will have to meet conditions": a verb trigger followed by an object that
 * names no party is no contact between the states of its subject.
 */
export function objectAfter(sentence: Sentence, match: TriggerMatch): boolean {
  if (match.trigger.pos === "noun") return false;
  const tokens = sentence.tokens;
  let k = match.last;
  while (tokens[k]?.pos === "ADV") k++;
  const t = tokens[k];
  if (!t || !["DET", "NOUN", "ADJ", "PROPN", "NUM"].includes(t.pos)) return false;
  return !sentence.mentions.some((m) => m.first <= k + 2 && m.last > k && isActorMention(m));
}

/**
 * "Russian-French military-technical cooperation": a slot that took the second half of a hyphened
 * pair only takes the pair, so that the first named acts.
 */
function pairAdjective(sentence: Sentence, fill: SlotFill | null): SlotFill | null {
  const m = fill?.mentions.length === 1 ? fill.mentions[0]! : null;
  if (!fill || !m || sentence.tokens[m.first - 1]?.text !== "-") return fill;
  const first = sentence.mentions.find((x) => x.last === m.first - 1 && isActorMention(x));
  return first ? { slot: fill.slot, mentions: [first, m] } : fill;
}

/** "sent a message to President Tokayev": a trigger whose partner is a person keeps persons only. */
function personsOnly(partner: "person" | undefined, fill: SlotFill | null): SlotFill | null {
  if (!fill || partner !== "person") return fill;
  const mentions = fill.mentions.filter(isPerson);
  return mentions.length ? { slot: fill.slot, mentions } : null;
}
