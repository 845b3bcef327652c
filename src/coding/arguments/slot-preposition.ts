/**
 * Prepositional and noun-phrase slots: the actor after a given preposition, embedded and predicated
 * actors, borders, the possessor of the trigger's noun phrase, and the weapon slot.
 */
import type { Mention, Token } from "../../nlp/annotated-document.js";
import type { Slot } from "../lexicon/lexicon-schema.js";
import { isBoundary } from "./clause.js";
import { isActorMention, isNonStateMention } from "./resolve-mention.js";
import { bracketedAfterName, coordinated, formOf } from "./coordination.js";
import {
  MAX_PREP_DISTANCE,
  PARTNER_NOUNS,
  SKIPPABLE,
  NP_MODIFIERS,
  QUANTITIES,
  FORCE_NOUNS,
  PLACE_NOUNS,
  OFFICE_NOUNS,
  BORDER_NOUNS,
  PEOPLE,
  mentionsOf,
  fill,
  isPlace,
} from "./slot-shared.js";
import { personBefore, isPerson } from "./slot-subject.js";
import type { SlotFill, SlotContext } from "./slots.js";

/** Those who stand for a state they come from or represent. */
const ENVOY_NOUNS = new Set([
  "representatives",
  "counterparts",
  "officials",
  "delegations",
  "colleagues",
  "envoys",
]);

/** Gerunds of support after "to": "commitment to supporting Ukraine". */
const SUPPORT_GERUNDS = new Set(["supporting", "backing", "helping", "assisting", "defending"]);

/** Verbs of help whose infinitive names the one helped: "aid to empower Ukraine". */
const HELP_VERBS = new Set(["support", "help", "assist", "bolster", "strengthen", "empower", "aid"]);

/** Whether "to" at `i` opens an infinitive of help ("to support", "to bolster"). */
function isHelpInfinitive(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i + 1];
  return tokens[i]!.pos === "PART" && verb?.pos === "VERB" && HELP_VERBS.has(verb.norm);
}

/** Nouns of a relation with a party: "relations with Russia", "cooperation with the EU". */
const RELATION_NOUNS = new Set([
  "relations",
  "relationship",
  "ties",
  "cooperation",
  "partnership",
  "dialogue",
  "trade",
  "contacts",
  "talks",
  "negotiations",
  "agreement",
  "agreements",
  "border",
  "conflict",
  "war",
  "integration",
]);

/** The words from a topic verb to its "with": a short noun phrase ("this problem", "the situation in Syria"). */
function shortTopic(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 7 || RELATION_NOUNS.has(tokens[to - 1]!.norm)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "PUNCT" || t.pos === "PRON")
      return false;
    if (t.pos === "ADP" && t.norm !== "of" && t.norm !== "in") return false;
  }
  return true;
}

/** Those living in a place, who stand for its state after "to": "to everyone in Syria". */
const RESIDENTS = new Set(["everyone", "everybody", "people", "civilians", "population", "residents"]);

/** The actor mention after a marker preposition that follows the trigger ("sanctions on Serbia"). */

export function prepSlot(prep: string, ctx: SlotContext, slot: Slot): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let i = match.first + 1; i < tokens.length && i - match.last < MAX_PREP_DISTANCE; i++) {
    // "said it was a disgrace that Bulgaria ...": "that" is the marker here, not a clause limit; and
    // a limit the pattern itself spans is bridged ("regrets that restrictions imposed by Russia").
    if (tokens[i]!.norm !== prep && i >= match.last && isBoundary(tokens, i, ctx.boundaries)) return null;
    // ", and Brussels opened talks with Chisinau": a coordinated clause has arguments of its own;
    // a list the pattern itself spans is not one ("providing security, financial, and
    // humanitarian support to Ukraine").
    // Nor is a list of the trigger's objects before the preposition ("provide security assistance,
    // humanitarian aid, and economic support to Ukraine").
    if (
      tokens[i]!.pos === "CCONJ" &&
      tokens[i - 1]?.text === "," &&
      !modifierList(tokens, i, match.last) &&
      !objectListEnd(tokens, mentions, i, prep)
    )
      return null;
    // "imposing measures to thwart Russian abilities to continue the aggression against Ukraine": an
    // infinitive past the one right after the trigger ("the operation to protect the residents of
    // Donbass", the trigger's own) has arguments of its own.
    if (i > match.last && purposeInfinitive(tokens, i) && prep !== "to") return null;
    // "Russian aggression, enabled by the regime in Belarus", "Russia's war, with the support of
    // Belarus": a noun's own phrase follows it before any comma; after one, the words are another's,
    // unless they narrow the noun ("bilateral meetings, in particular with the Presidents of ...",
    // "its campaign, including in Ukraine").
    if (ctx.nominal && i >= match.last && tokens[i]!.text === "," && !narrowing(tokens, i + 1)) return null;
    if (tokens[i]!.norm !== prep) continue;
    // "discussed relations with Russia": after a topic verb, "with" that a noun of relations takes
    // names the topic's party, not the one spoken with.
    // "issues connected with the summit": nor one a participle takes; the topic between is short
    // and has no phrase of its own ("discussed this problem with Nazarbayev").
    if (prep === "with" && match.trigger.reciprocal && i > match.last && !shortTopic(tokens, match.last, i))
      return null;
    // "support the Commission of Inquiry mandated by the UN": who made a body is not its party.
    if (prep === "by" && i > match.last && madeBy(tokens, i)) continue;
    // "its ambassador from Moscow" was joined into one mention around the preposition.
    const around = mentions.findIndex((m) => m.first < i && m.last > i + 1);
    if (around >= 0 && (isActorMention(mentions[around]!) || isPlace(mentions[around]!)))
      return fill(slot, [mentions[around]!]);
    const listed = listAfterDash(tokens, mentions, i);
    if (listed >= 0) return fill(slot, coordinated(tokens, mentions, listed, +1));
    let reach = i + 5;
    // After an infinitive of help, the one whose cause is helped ("to support Moldova's reform
    // agenda, energy security, and its response to ...") is named alone.
    let helped = false;
    for (let k = i + 1; k < tokens.length && k <= reach; k++) {
      const at = mentions.findIndex((m) => m.first === k);
      if (at >= 0) {
        const m = mentions[at]!;
        // "weapons to the separatists": the party is no state.
        if (isNonStateMention(m)) return null;
        // "to the country's western border with Poland": the party is across the border.
        const across = borderWith(tokens, m.last);
        if (across !== null) {
          k = across;
          continue;
        }
        // "over the migrant crisis on the Polish border": a border is a place, not a party,
        // except for troops massed along it.
        const located =
          BORDER_NOUNS.has(tokens[m.last]?.norm ?? "") && ctx.match.trigger.type !== "MILITARY_POSTURING";
        if ((isActorMention(m) || isPlace(m)) && !located)
          return fill(
            slot,
            helped && tokens[m.last]?.norm === "'s" ? [m] : coordinated(tokens, mentions, at, +1),
          );
        k = m.last - 1;
        continue;
      }
      const t = tokens[k]!;
      if (NP_MODIFIERS.has(t.norm)) continue;
      // "commitment to supporting Ukraine": a gerund of support right after "to" leads to the one
      // supported.
      if (prep === "to" && k === i + 1 && SUPPORT_GERUNDS.has(t.norm)) continue;
      // "assistance to support Moldova's reform agenda", "security assistance to bolster Ukraine's
      // defenses", "aid to empower Ukraine": an infinitive of help right after the trigger's "to"
      // leads to the one helped.
      if (prep === "to" && k === i + 1 && i >= match.last && isHelpInfinitive(tokens, i)) {
        helped = true;
        continue;
      }
      // "from extraordinary and plenipotentiary ambassadors of Benin": coordinated modifiers.
      if (t.norm === "and" && tokens[k - 1]?.pos === "ADJ" && NP_MODIFIERS.has(tokens[k + 1]?.norm ?? ""))
        continue;
      if (QUANTITIES.has(t.norm)) {
        if (tokens[k + 1]?.norm === "of") k++;
        continue;
      }
      // "with the navies of China and Russia": the armed forces stand for their state; "at the
      // port of Tartus": the place is the one named after it.
      if ((FORCE_NOUNS.has(t.norm) || PLACE_NOUNS.has(t.norm)) && tokens[k + 1]?.norm === "of") {
        k++;
        continue;
      }
      if (BORDER_NOUNS.has(t.norm)) {
        if (tokens[k + 1]?.norm === "with" || tokens[k + 1]?.norm === "of") k++;
        continue;
      }
      // "with the Chairman of the Ukrainian Parliament": the office stands for its state.
      if (
        OFFICE_NOUNS.has(t.norm) &&
        (tokens[k + 1]?.norm === "of" || OFFICE_NOUNS.has(tokens[k + 1]?.norm ?? ""))
      ) {
        if (tokens[k + 1]?.norm === "of") k++;
        reach = Math.max(reach, k + 5);
        continue;
      }
      // "with representatives from Bulgaria and Romania", "with counterparts representing Belgium":
      // envoys met with stand for the states they come from.
      if (
        prep === "with" &&
        ENVOY_NOUNS.has(t.norm) &&
        (tokens[k + 1]?.norm === "from" || tokens[k + 1]?.norm === "representing")
      ) {
        k++;
        reach = Math.max(reach, k + 5);
        continue;
      }
      if (PEOPLE.has(t.norm) && tokens[k + 1]?.norm === "of") {
        k++;
        continue;
      }
      // "assistance to everyone in Syria who needs it", "aid to civilians in Ukraine": the people
      // in a state stand for it.
      if (prep === "to" && RESIDENTS.has(t.norm) && tokens[k + 1]?.norm === "in") {
        k++;
        continue;
      }
      // "to what it called Washington's unfriendly step": the naming frame is not the object.
      if (t.lemma === "call" && tokens[k - 2]?.norm === "what") continue;
      // "with our partners, including the EU": the partners named after "including".
      if (PARTNER_NOUNS.has(t.norm) && tokens[k + 1]?.text === "," && tokens[k + 2]?.norm === "including") {
        k += 2;
        reach = k + 5;
        continue;
      }
      // "by Lubomir Rehak (Slovak Republic)": a person named with the state they represent.
      const inBrackets = mentions.find((m) => m.first > k && m.first - k <= 14);
      if (inBrackets && isActorMention(inBrackets) && bracketedAfterName(tokens, k, inBrackets)) {
        reach = inBrackets.first;
        k = inBrackets.first - 1;
        continue;
      }
      if (!SKIPPABLE.has(t.pos)) break;
    }
  }
  return null;
}

/**
 * The actor named inside a gapped pattern, nearest its last word: "told MPs that Russia was
 * responsible", "said the West must stand against Russian aggression". Persons do not count: the
 * pattern's words are about a state's conduct.
 */
export function embeddedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  let found: Mention | null = null;
  let placed: Mention | null = null;
  const tokens = sentence.tokens;
  for (const m of sentence.mentions)
    if (m.first > match.first && m.last < match.last && isActorMention(m) && !isPerson(m))
      // "Sweden's NATO membership": a name compounded with the pattern's last noun is its kind
      // ("Belarusian interference" names who interferes).
      if (!(m.last === match.last - 1 && tokens[m.last]?.pos === "NOUN" && formOf(m) === "name"))
        // "said the US military biological activity in Ukraine is unacceptable": the place of the
        // act is its party only where no other is named.
        if (tokens[m.first - 1]?.norm === "in") placed = m;
        else found = m;
  found ??= placed;
  if (!found) return null;
  // "said Poland and the Baltic States were violating their obligations": the list it closes.
  const mentions = sentence.mentions;
  const list = coordinated(tokens, mentions, mentions.indexOf(found), -1).filter(
    (m) => m.first > match.first && !isPerson(m),
  );
  return fill("embedded", list.length ? list : [found]);
}

const COPULAS = new Set(["be", "become", "remain"]);

/**
 * What a noun trigger is said of: "Serbia, an EU candidate since 2012", "China has become an
 * important arms supplier": the mention before the appositive's comma or before the copula.
 */
export function predicatedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let k = match.first - 1; k >= 0 && match.first - k <= 8; k--) {
    const t = tokens[k]!;
    if (t.text === "," || COPULAS.has(t.lemma)) {
      let j = k - 1;
      while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
      const at = mentions.findIndex((m) => m.last - 1 === j && isActorMention(m));
      return at >= 0 ? fill("predicated", coordinated(tokens, mentions, at, -1)) : null;
    }
    // "one of Cambodia's leading trade partners", "the main trade and economic partner", "one of
    // our leading partners": a partitive, a coordinated modifier or a possessive pronoun.
    if (t.norm === "of" && tokens[k - 1]?.norm === "one") continue;
    if (t.norm === "and" && k > match.first - 6 && tokens[k + 1]?.pos !== "DET") continue;
    if (PREDICATE_POSSESSIVES.has(t.norm)) continue;
    // "Russia's leading trade partners": a participle the tagger left a verb
    if (t.pos === "VERB" && /ing$/u.test(t.norm) && tokens[k - 1]?.pos !== "AUX") continue;
    if (!["DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM"].includes(t.pos) && t.norm !== "'s") return null;
  }
  return null;
}

const PREDICATE_POSSESSIVES = new Set(["our", "your", "their", "its", "'"]);

/** Whether the conjunction at `i` joins the last of a list of modifiers inside a pattern ending at
 *  `last` ("security, financial, and humanitarian support"). */
function modifierList(tokens: readonly Token[], i: number, last: number): boolean {
  return i < last && tokens[i + 1]?.pos === "ADJ" && tokens[i - 2]?.pos !== "VERB";
}

/** Whether the conjunction at `i` adds a last noun phrase to a list that the preposition `prep`
 *  right after it closes ("..., and economic support to Ukraine"): no verb and no party between. */
function objectListEnd(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  i: number,
  prep: string,
): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (t.norm === prep) return k > i + 1;
    if (!LIST_ITEM.has(t.pos) || mentions.some((m) => m.first === k)) return false;
  }
  return false;
}

const LIST_ITEM = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/** After "X's [western] border with": the index of "with", else null. */
function borderWith(tokens: readonly Token[], after: number): number | null {
  if (tokens[after]?.norm !== "'s") return null;
  let j = after + 1;
  while (tokens[j]?.pos === "ADJ") j++;
  if (!BORDER_NOUNS.has(tokens[j]?.norm ?? "")) return null;
  return tokens[j + 1]?.norm === "with" ? j + 1 : null;
}

/**
 * The index of the word before the modifiers of the noun at `first`: adjectives, hyphenated
 * compounds ("face-to-face"), participles ("continuing premeditated war"), a list of them
 * ("premeditated, unprovoked, and unjustified attacks") and up to two nouns of a compound
 * ("missile attack", "election interference").
 */
function modifiersBefore(tokens: readonly Token[], mentions: readonly Mention[], first: number): number {
  const i = modifierStart(tokens, mentions, first, true);
  // A participle modifies the noun only after a possessive ("Russia's continuing war"); else it
  // is a verb of its own ("Brussels opened accession talks").
  return POSSESSIVES.has(tokens[i]?.norm ?? "") ? i : modifierStart(tokens, mentions, first, false);
}

const POSSESSIVES = new Set(["'s", "'", "its", "their", "his", "her"]);

function modifierStart(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  first: number,
  participles: boolean,
): number {
  let i = first - 1;
  let nouns = 0;
  const participle = (t: Token) => participles && t.pos === "VERB" && /(ed|ing)$/.test(t.norm);
  const modifier = (k: number) => {
    const t = tokens[k]!;
    if (
      t.pos === "ADJ" ||
      participle(t) ||
      t.text === "-" ||
      tokens[k + 1]?.text === "-" ||
      tokens[k - 1]?.text === "-"
    )
      return true;
    // "unprovoked and brutal war": a conjunction or comma between two modifiers.
    if ((t.norm === "and" || t.text === ",") && k + 1 < first && k > 0) {
      const before = tokens[k - 1]!;
      return before.pos === "ADJ" || participle(before) || before.text === ",";
    }
    if (t.pos === "NOUN" && nouns < 2 && k + 1 === first - nouns) {
      nouns++;
      return true;
    }
    return false;
  };
  while (i >= 0 && modifier(i) && !mentions.some((m) => m.last - 1 === i)) i--;
  return i;
}

/** "Russia's annexation", "Russian disinformation", "Moscow's illegal annexation". */
export function possessorSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  // "Moscow's military operation": the possessor was read into one mention with the noun's modifier.
  const spanning = mentions.find((m) => m.first < match.first && m.last > match.first && isActorMention(m));
  if (spanning) return fill("possessor", [spanning]);
  const i = modifiersBefore(tokens, mentions, match.first);
  // "his first face-to-face meeting": the possessive pronoun stands for the last person named; in
  // a phrase opening the sentence, for the person its main clause opens with ("In his message to
  // the Indian Prime Minister, Mr Putin said"), before anyone named in an earlier sentence.
  if (i >= 0 && (tokens[i]!.norm === "his" || tokens[i]!.norm === "her")) {
    const person =
      personBefore(mentions, i) ?? cataphoricSubject(tokens, mentions, match.last) ?? ctx.previousPerson;
    return person ? fill("possessor", [person]) : null;
  }
  // "Russia continued its unprovoked war", "condemned Moscow for its invasion": "its" and "their"
  // stand for the nearest actor named before them in the sentence. What they share "with" another
  // ("its war with Russia", "their joint exercises with Russia") says nothing of who leads.
  if (i >= 0 && (tokens[i]!.norm === "its" || tokens[i]!.norm === "their")) {
    if (tokens[match.last]?.norm === "with") return null;
    const at = mentions.findLastIndex((m) => m.last <= i && isActorMention(m));
    if (at < 0) return null;
    return fill(
      "possessor",
      tokens[i]!.norm === "their" ? coordinated(tokens, mentions, at, -1) : [mentions[at]!],
    );
  }
  // "the ROK's announcement of economic measures against Russia", "Japan's announcement today of
  // financial sanctions": whose announcement of the act it is acts (a time expression may stand
  // between the noun and "of").
  if (i >= 0 && tokens[i]!.norm === "of") {
    const time = sentence.times.find((t) => t.last === i);
    const noun = time ? time.first - 1 : i - 1;
    if (noun >= 1 && ANNOUNCING.has(tokens[noun]!.norm)) return possessorAt(tokens, mentions, noun - 1);
  }
  // "the United States' continued commitment to humanitarian aid": the one committed to the act
  // named after "to" performs it.
  if (i >= 1 && tokens[i]!.norm === "to" && COMMITTING.has(tokens[i - 1]!.norm))
    return possessorAt(tokens, mentions, modifiersBefore(tokens, mentions, i - 1));
  return possessorAt(tokens, mentions, i);
}

/** Nouns whose possessor does what follows "to": "the United States' commitment to humanitarian aid". */
const COMMITTING = new Set(["commitment", "commitments", "pledge", "pledges"]);

/** Nouns whose possessor performs the act named after "of": "Seoul's announcement of sanctions". */
const ANNOUNCING = new Set(["announcement", "adoption", "imposition", "introduction", "approval"]);

/** Plural heads a dash may spell out as a list: "the leaders of the CIS countries – ...". */
const LIST_HEADS = new Set([
  "leaders",
  "heads",
  "presidents",
  "counterparts",
  "countries",
  "states",
  "partners",
]);
const DASHES = new Set(["–", "—", ":"]);

/**
 * "met with the leaders of the CIS countries – Moldovan President Vladimir Voronin, ...": a group
 * after the preposition spelt out after a dash; the index of the first listed mention, else -1.
 */
function listAfterDash(tokens: readonly Token[], mentions: readonly Mention[], prep: number): number {
  for (let k = prep + 1; k < tokens.length && k <= prep + 10; k++) {
    const t = tokens[k]!;
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === "," || t.text === ";") return -1;
    if (!DASHES.has(t.text)) continue;
    if (!LIST_HEADS.has(tokens[k - 1]?.norm ?? "")) return -1;
    const at = mentions.findIndex((m) => m.first === k + 1);
    return at >= 0 && isActorMention(mentions[at]!) ? at : -1;
  }
  return -1;
}

/**
 * "On the eve of his official visit to Italy, Vladimir Putin gave an interview": in a phrase that
 * opens the sentence, "his" with no one named before it in the sentence stands for the person the main clause opens
 * with (the first person after the phrase, right before its verb, with no verb in between).
 */
function cataphoricSubject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
): Mention | null {
  const opener = tokens[0];
  if (!opener || (opener.pos !== "ADP" && opener.pos !== "ADV" && opener.pos !== "SCONJ")) return null;
  for (let k = 1; k < from; k++) if (tokens[k]!.pos === "VERB" || tokens[k]!.pos === "AUX") return null;
  for (const m of mentions) {
    if (m.first < from) continue;
    if (tokens.slice(from, m.first).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
    const next = tokens[m.last];
    if (isPerson(m) && (next?.pos === "VERB" || next?.pos === "AUX")) return m;
  }
  return null;
}

function possessorAt(tokens: readonly Token[], mentions: readonly Mention[], from: number): SlotFill | null {
  let i = from;
  if (i >= 0 && (tokens[i]!.norm === "'s" || tokens[i]!.norm === "'")) i--;
  const at = mentions.findIndex((m) => m.last - 1 === i);
  if (at < 0 || !isActorMention(mentions[at]!)) return null;
  // "the Russia-EU summit", "Russian-Bulgarian talks": a hyphened pair, the first named first.
  const pair = mentions[at - 1];
  if (
    pair &&
    isActorMention(pair) &&
    pair.last === mentions[at]!.first - 1 &&
    tokens[pair.last]?.text === "-"
  )
    return fill("possessor", [pair, mentions[at]!]);
  return fill("possessor", coordinated(tokens, mentions, at, -1));
}

/** The weapon systems named in the sentence, standing for the state that makes them. */
export function weaponSlot(ctx: SlotContext): SlotFill | null {
  const weapons = mentionsOf(ctx).filter((m) => m.refs.some((r) => r.kind === "weapon"));
  return weapons.length ? fill("weapon", weapons.slice(0, 1)) : null;
}

/** Participles that name who made a body: "mandated by", "established by", "set up by". */
const MADE = new Set(["mandated", "established", "created", "appointed", "convened", "founded", "formed"]);

/** Whether the "by" at `i` names the maker of a body ("the commission mandated by the UN Human
 *  Rights Council", "the tribunal set up by the Security Council"), not a party of the trigger. */
function madeBy(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? "";
  return MADE.has(before) || (before === "up" && tokens[i - 2]?.norm === "set");
}

/** Whether "to" at `i` opens an infinitive ("to", an optional adverb, a verb): "measures to
 *  effectively thwart ...". */
function purposeInfinitive(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== "to" || tokens[i]!.pos !== "PART") return false;
  const next = tokens[i + 1]?.pos === "ADV" ? tokens[i + 2] : tokens[i + 1];
  return next?.pos === "VERB";
}

/** Words that open a phrase narrowing the noun before its comma: "in particular", "including". */
const NARROWING = new Set([
  "including",
  "especially",
  "notably",
  "particularly",
  "primarily",
  "mainly",
  "chiefly",
]);

/** Whether the words from `at` narrow the noun before them ("in particular with ...", "including in ..."). */
function narrowing(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return false;
  return NARROWING.has(t.norm) || (t.norm === "in" && tokens[at + 1]?.norm === "particular");
}
