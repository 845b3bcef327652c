/**
 * Subject search: the nearest actor before a trigger in its clause, with the clause-level helpers it
 * needs (accused-of frames, main subjects of participles, relative clauses and appositives, pronoun
 * antecedents, the office owner of an adjective, and isPerson for persons and office holders).
 */
import type { Mention, Token } from "../../nlp/annotated-document.js";
import type { Slot } from "../lexicon/lexicon-schema.js";
import { isBoundary } from "./clause.js";
import { isActorMention, isNonStateMention } from "./resolve-mention.js";
import { coordinated, coActors } from "./coordination.js";
import {
  MAX_SUBJECT_DISTANCE,
  mentionsOf,
  fill,
  isPlace,
  afterVerb,
  afterPreposition,
  beforeCopula,
} from "./slot-shared.js";
import type { SlotFill, SlotContext } from "./slots.js";
import { unownedAttempt } from "./unowned-attempt.js";
import { placeApposition } from "./place-apposition.js";

/** The nearest actor mention before the trigger in its clause, as the clause's subject. */
export function subjectSlot(ctx: SlotContext, slot: Slot = "subject"): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  // "accused the European Union of meddling", "blamed Moscow for the attack": the one accused acts.
  // "voiced concern over the attempts to destabilise Moldova": the speaker is not the one attempting.
  if (slot === "subject" && unownedAttempt(tokens, match.first)) return null;
  const accused = accusedOf(tokens, mentions, match.first);
  if (accused !== null) return fill(slot, coordinated(tokens, mentions, accused, -1));
  // "Gazprom's owner stopped deliveries, accusing Kiev of siphoning gas": a participle after a comma
  // shares the subject of the main clause.
  // "voted for a resolution condemning the invasion": the text voted for speaks for the voter.
  const participle = /ing$/.test(tokens[match.first]!.norm);
  const afterText = participle && TEXT_NOUNS.has(tokens[match.first - 1]?.norm ?? "");
  if (slot === "subject" && participle && (tokens[match.first - 1]?.text === "," || afterText)) {
    const main = mainSubject(tokens, mentions, match.first);
    if (main !== null) return fill(slot, coordinated(tokens, mentions, main, +1));
  }
  // Tokens of skipped relative clauses do not count towards the distance.
  let skipped = 0;
  for (let i = match.first - 1; i >= 0 && match.first - i - skipped <= MAX_SUBJECT_DISTANCE; i--) {
    // "Biden, who was in Warsaw to reassure NATO allies, met ...": skip the relative clause.
    if (tokens[i]!.text === ",") {
      const opener = relativeOpener(tokens, i);
      if (opener >= 0) {
        skipped += i - opener;
        i = opener;
        continue;
      }
    }
    // "the Republic of Korea (ROK) are standing": a short parenthesis after a name (its acronym)
    // does not end the clause.
    if (tokens[i]!.text === ")") {
      const open = tokens.findLastIndex((t, k) => k < i && k >= i - 4 && t.text === "(");
      if (open > 0 && mentions.some((m) => m.last === open)) {
        skipped += i - open;
        i = open;
        continue;
      }
    }
    const token = tokens[i]!;
    if (token.pos === "PRON" && (token.norm === "he" || token.norm === "she")) {
      const person =
        personBefore(mentions, i) ??
        (unknownSubject(tokens, mentions, i) ? null : (ctx.previousSubject ?? ctx.previousPerson));
      return person ? fill(slot, [person]) : null;
    }
    // "EU leaders are arriving in Brussels, where they are expected to approve": "they" and "it"
    // take the nearest subject-like actor before them in the sentence.
    if (token.pos === "PRON" && (token.norm === "they" || token.norm === "it")) {
      const antecedent = subjectBefore(tokens, mentions, i);
      if (!antecedent) return null;
      // "the ministers of Lithuania and Latvia said they stood with Warsaw": all of the list.
      const at = token.norm === "they" ? mentions.indexOf(antecedent) : -1;
      return fill(slot, at >= 0 ? coordinated(tokens, mentions, at, -1) : [antecedent]);
    }
    if (isBoundary(tokens, i, ctx.boundaries)) {
      const antecedent = relativeAntecedent(tokens, mentions, i);
      if (antecedent !== null) return fill(slot, coordinated(tokens, mentions, antecedent, -1));
      // "Peskov said the results raised questions and accused Chisinau": a verb coordinated with
      // the main one shares its subject.
      if (tokens[match.first - 1]?.norm === "and" && slot === "subject") {
        const main = mainSubject(tokens, mentions, i);
        if (main !== null) return fill(slot, coordinated(tokens, mentions, main, +1));
      }
      return null;
    }
    const at = mentions.findIndex((m) => m.last - 1 === i);
    if (at < 0) continue;
    const m = mentions[at]!;
    // "Kyiv said Russian-backed separatists shelled the town": the subject is no state, unless a
    // state is coordinated with it ("Russia and its proxies attacked").
    if (isNonStateMention(m)) {
      const partner = coordinatedStateBefore(tokens, mentions, at);
      const states = partner === null ? [] : coordinated(tokens, mentions, partner, -1);
      // "interference by Russia and its proxies, and pledged": a prepositional object, no subject.
      const head = states.length ? states[states.length - 1]! : m;
      if (afterPreposition(tokens, head.first) || afterVerb(tokens, head.first)) {
        i = head.first;
        continue;
      }
      return states.length ? fill(slot, states) : null;
    }
    // "Finland's membership would threaten Russia's security": the subject is the membership.
    // "Seoul's decision to impose sanctions", "Japan's commitment to block transactions ... and
    // impose": the one whose decision it is does what the infinitive says.
    if (slot === "subject" && intendsTrigger(tokens, m, match.first)) return fill(slot, [m]);
    if (slot === "subject" && possessesAbstract(tokens, m)) return null;
    // A place may be the target in a passive ("Crimea was annexed by Russia").
    if (slot === "object" && isPlace(m)) return fill(slot, [m]);
    if (!isActorMention(m)) {
      if (!m.refs.some((r) => r.kind === "office")) continue;
      // "condemned the military escalation": an office word used as a modifier names nobody.
      if (tokens[m.last]?.pos === "NOUN") continue;
      // "dropped decades of military non-alignment and applied", "massed troops on the border and
      // invaded": an office word in a prepositional phrase or a verb's object is nobody's subject.
      if (afterPreposition(tokens, m.first) || afterVerb(tokens, m.first)) continue;
      // "Russian tanks and troops": the office noun takes the state of the adjective before it.
      const adjective = adjectiveBefore(tokens, mentions, at);
      if (adjective !== null) return fill(slot, [mentions[adjective]!]);
      // "and in September its troops attacked": the office belongs to the subject named before.
      const owner = tokens[m.first - 1]?.norm;
      if (owner === "its" || owner === "their") {
        const antecedent = subjectBefore(tokens, mentions, m.first - 1);
        return antecedent ? fill(slot, [antecedent]) : null;
      }
      return null; // "the government" blocks: its state is unknown
    }
    let list0 = coordinated(tokens, mentions, at, -1);
    // "bought from Turkey, and Britain delivered": a new clause, not "Turkey and Britain".
    if (
      list0.length > 1 &&
      tokens[m.first - 1]?.norm === "and" &&
      tokens[m.first - 2]?.text === "," &&
      afterPreposition(tokens, list0[list0.length - 1]!.first)
    )
      list0 = [m];
    const head = list0[list0.length - 1]!;
    // "in the Baltic states", "joined by Denmark and the Netherlands": not the subject.
    if (afterPreposition(tokens, head.first) || afterVerb(tokens, head.first)) {
      i = head.first;
      continue;
    }
    // "In Brussels, Belgium, the Secretary will meet": the country only places the city.
    const city = placeApposition(tokens, mentions, head);
    if (city) {
      i = city.first;
      continue;
    }
    const copular = beforeCopula(tokens, mentions, at);
    const list = copular === null ? list0 : coordinated(tokens, mentions, copular, -1);
    const chosen = copular ?? at;
    return fill(slot, [...list, ...coActors(tokens, mentions, mentions[chosen]!.last, match.first)]);
  }
  // "The Department of State is taking additional steps to target Russia's oligarchs, in close
  // coordination with partners, with the goal of imposing severe costs on ...", "We are focused on
  // putting Ukraine in the strongest position ... and by increasing pressure on Putin": a gerund of
  // means or aim too far from its subject for the search above shares the main clause's subject.
  if (slot === "subject" && participle && meansOrAim(tokens, match.first)) {
    const main = mainSubject(tokens, mentions, match.first);
    if (main !== null) return fill(slot, coordinated(tokens, mentions, main, +1));
  }
  return null;
}

/** Nouns of aim before "of" and a gerund: "with the goal of imposing". */
const AIMS = new Set(["goal", "aim", "purpose", "objective", "intention"]);

/** Whether the gerund at `at` follows "by" ("by imposing") or an aim's "of" ("the goal of imposing"). */
function meansOrAim(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm;
  return before === "by" || (before === "of" && AIMS.has(tokens[at - 2]?.norm ?? ""));
}

const TEXT_NOUNS = new Set(["resolution", "statement", "declaration", "motion", "communique", "letter"]);

const ACCUSING = new Set(["accuse", "blame", "suspect", "charge", "convict"]);

/** "accused Moscow of [waging]": the index of the accused mention, or null. */
function accusedOf(tokens: readonly Token[], mentions: readonly Mention[], trigger: number): number | null {
  // "of meddling", "of a direct attack", "of waging a media campaign"
  let k = trigger - 1;
  while (
    k >= 0 &&
    trigger - k <= 4 &&
    (tokens[k]!.pos === "DET" ||
      tokens[k]!.pos === "ADJ" ||
      (tokens[k]!.pos === "VERB" && /ing$/.test(tokens[k]!.norm)))
  )
    k--;
  if (tokens[k]?.norm !== "of" && tokens[k]?.norm !== "for") return null;
  const at = mentions.findIndex((m) => m.last === k && isActorMention(m));
  if (at < 0) return null;
  let v = mentions[at]!.first - 1;
  while (v >= 0 && (tokens[v]!.pos === "DET" || tokens[v]!.pos === "ADV")) v--;
  return v >= 0 && ACCUSING.has(tokens[v]!.lemma) ? at : null;
}

/** The first actor mention of a sentence that is not inside a prepositional phrase or an object. */
function mainSubject(tokens: readonly Token[], mentions: readonly Mention[], before: number): number | null {
  // ", and hours later the White House followed suit, calling ...": the nearest coordinated clause.
  let start = 0;
  for (let j = before - 2; j > 0; j--)
    if (tokens[j]!.pos === "CCONJ" && tokens[j - 1]!.text === ",") {
      start = j + 1;
      break;
    }
  for (let at = 0; at < mentions.length && mentions[at]!.last <= before; at++) {
    const m = mentions[at]!;
    if (m.first < start) continue;
    if (isNonStateMention(m) && !afterPreposition(tokens, m.first) && !afterVerb(tokens, m.first))
      return null;
    if (!isActorMention(m)) continue;
    if (afterPreposition(tokens, m.first) || afterVerb(tokens, m.first)) return null;
    return at;
  }
  return null;
}

/** An actor adjective heading the noun phrase of the office mention at `at` ("Russian tanks and troops"). */
function adjectiveBefore(tokens: readonly Token[], mentions: readonly Mention[], at: number): number | null {
  const office = mentions[at]!;
  for (let k = office.first - 1; k >= 0 && k >= office.first - 4; k--) {
    const before = mentions.findIndex((m) => m.last - 1 === k);
    if (before >= 0) {
      const m = mentions[before]!;
      return m.refs.some((r) => r.kind === "actor" && r.form === "adjective") ? before : null;
    }
    const t = tokens[k]!;
    if (t.pos !== "NOUN" && t.pos !== "CCONJ" && t.pos !== "ADJ" && t.text !== ",") return null;
  }
  return null;
}

/** "Russia and the separatists", "Moscow and its proxies": the state listed before the non-state
 *  mention at `at`, else null. */
function coordinatedStateBefore(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
): number | null {
  const before = mentions[at - 1];
  if (!before || !isActorMention(before)) return null;
  const between = tokens.slice(before.last, mentions[at]!.first).map((t) => t.norm);
  return between.includes("and") && between.every((w) => STATE_PARTNER_WORDS.has(w)) ? at - 1 : null;
}

const STATE_PARTNER_WORDS = new Set([",", "and", "the", "its", "their"]);

/** The nearest actor before token i that is not the object of a preposition. */
function subjectBefore(tokens: readonly Token[], mentions: readonly Mention[], i: number): Mention | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.last > i || !isActorMention(m)) continue;
    // "I will show you the place from which they planned to attack": a speaker's "I", "we" or
    // "you" is never what "they" or "it" stands for.
    if (m.last - m.first === 1 && SPEECH_PERSONS.has(tokens[m.first]!.norm)) continue;
    if (!afterPreposition(tokens, m.first)) return m;
  }
  return null;
}

const SPEECH_PERSONS = new Set(["i", "we", "us", "you", "me", "our", "your"]);

/** The last person (or leader) named before token i of the sentence. */
export function personBefore(mentions: readonly Mention[], i: number): Mention | null {
  let found: Mention | null = null;
  for (const m of mentions) if (m.last <= i && isPerson(m)) found = m;
  return found;
}

/**
 * "Assistant Secretary Donfried will then travel to Yerevan, where she will meet ...": the sentence
 * opens with a name the knowledge base does not know (only proper nouns before its first verb, no
 * mention among them), which "he" or "she" after it stands for, not a person of earlier sentences.
 */
function unknownSubject(tokens: readonly Token[], mentions: readonly Mention[], before: number): boolean {
  const verb = tokens.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (verb <= 0 || verb >= before) return false;
  if (!tokens.slice(0, verb).every((t) => t.pos === "PROPN" || (t.pos === "ADV" && t.norm === "then")))
    return false;
  return !mentions.some((m) => m.first < verb);
}

/** A person by name, or an office holder by title ("the Russian President"). */
export function isPerson(m: Mention): boolean {
  return (
    m.official === true ||
    m.refs.some((r) => r.kind === "person" || (r.kind === "actor" && r.role === "LEADER"))
  );
}

const ARTICLE_OPENERS = new Set(["a", "an", "the"]);

/** For a comma closing ", who ... ," return the index of the opening comma, else -1. */
function relativeOpener(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k > 0; k--) {
    const t = tokens[k]!;
    if (t.text === "," || t.text === ";") return -1;
    if ((t.norm === "who" || t.norm === "which") && tokens[k - 1]!.text === ",") return k - 1;
    // "Serbia, an EU candidate since 2012, has refused": an appositive after a name.
    if (
      ARTICLE_OPENERS.has(t.norm) &&
      tokens[k - 1]!.text === "," &&
      k >= 2 &&
      tokens[k - 2]!.pos === "PROPN"
    )
      return k - 1;
    // "Biden, visiting Warsaw to reassure Poland, called ...": a participial phrase after a name.
    // (", including Lithuania," names members of the subject: not skipped.)
    if (
      t.text.endsWith("ing") &&
      t.norm !== "including" &&
      t.pos === "VERB" &&
      tokens[k - 1]!.text === "," &&
      k >= 2 &&
      tokens[k - 2]!.pos === "PROPN"
    )
      return k - 1;
  }
  return -1;
}

/** "Russia, which annexed Crimea": the antecedent of a relative pronoun. */
function relativeAntecedent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  i: number,
): number | null {
  const t = tokens[i]!;
  if (t.norm !== "which" && t.norm !== "who" && t.norm !== "that") return null;
  let k = i - 1;
  if (tokens[k]?.text === ",") k--;
  const at = mentions.findIndex((m) => m.last - 1 === k && isActorMention(m));
  if (at < 0) return null;
  // "the only NATO member besides Turkey that has yet to ratify": the antecedent is the noun
  // before the prepositional phrase, and a copula's predicate stands for its subject (Hungary).
  if (!afterPreposition(tokens, mentions[at]!.first)) return beforeCopula(tokens, mentions, at) ?? at;
  const before = mentions.findLastIndex((m) => m.last <= mentions[at]!.first - 1 && isActorMention(m));
  if (before < 0) return null;
  return beforeCopula(tokens, mentions, before) ?? before;
}

/** Nouns that, possessed by a state, make the phrase a thing rather than the state acting. */
const ABSTRACT = new Set([
  "membership",
  "accession",
  "bid",
  "candidacy",
  "entry",
  "presence",
  "security",
  "economy",
  "policy",
  "stance",
  "position",
  "decision",
  "refusal",
  "move",
  "future",
  "credibility",
  "reputation",
  "sovereignty",
  "interests",
  "unity",
]);

/** Nouns of intent whose infinitive the possessor carries out: "Seoul's decision to impose". */
const INTENT = new Set([
  "decision",
  "move",
  "commitment",
  "pledge",
  "plan",
  "plans",
  "readiness",
  "willingness",
  "intention",
  "determination",
  "promise",
  "offer",
]);

/**
 * Whether a state's name possesses a noun of intent whose infinitive is the trigger: "Seoul's
 * decision to impose sanctions", or a verb coordinated with that infinitive ("Japan's commitment
 * to block transactions with Russian banks and impose export controls").
 */
function intendsTrigger(tokens: readonly Token[], m: Mention, trigger: number): boolean {
  if (tokens[m.last]?.norm !== "'s") return false;
  let j = m.last + 1;
  while (tokens[j]?.pos === "ADJ") j++;
  if (!INTENT.has(tokens[j]?.norm ?? "") || tokens[j + 1]?.norm !== "to") return false;
  const to = j + 1;
  if (trigger === to + 1) return true;
  if (tokens[trigger - 1]?.norm !== "and" || tokens[to + 1]?.pos !== "VERB") return false;
  for (let k = to + 1; k < trigger - 1; k++)
    if (tokens[k]!.norm === "to" || /^[,;:]$/.test(tokens[k]!.text)) return false;
  return true;
}

/** "Finland's membership", "Russia's new policy": a state's name as possessor of an abstract noun. */
function possessesAbstract(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last]?.norm !== "'s") return false;
  let j = m.last + 1;
  while (tokens[j]?.pos === "ADJ") j++;
  return ABSTRACT.has(tokens[j]?.norm ?? "");
}
