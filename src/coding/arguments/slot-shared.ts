/**
 * Shared constants and small token tests used by the slot finders: distance limits, word lists
 * (coordination words, prepositions, noun-phrase modifiers, force and border nouns), and helpers such
 * as fill, afterPreposition, afterVerb and the copula tests.
 */
import type { Mention, Token } from "../../nlp/annotated-document.js";
import type { Slot } from "../lexicon/lexicon-schema.js";
import { isActorMention } from "./resolve-mention.js";
import type { SlotFill, SlotContext } from "./slots.js";

export const MAX_SUBJECT_DISTANCE = 20;

export const MAX_OBJECT_DISTANCE = 6;

export const MAX_PREP_DISTANCE = 12;

export const COORDINATION = new Set([",", "and", "or", "the", "as", "well", "both", "also", "nor"]);

/** Possessive determiners before an object noun: "his Turkish counterpart". */
export const POSSESSIVE_DETERMINERS = new Set(["his", "her", "my", "your"]);

export const LIST_POSSESSIVES = new Set(["our", "his", "her", "their", "its"]);

export const CO_ACTOR = [["joined", "by"], ["along", "with"], ["together", "with"], ["alongside"]];

export const PREPOSITIONS = new Set([
  "in",
  "of",
  "from",
  "with",
  "to",
  "on",
  "against",
  "at",
  "for",
  "by",
  "into",
  "over",
  "towards",
  "toward",
  "about",
  "near",
  "within",
  "across",
  "between",
  "among",
  "under",
  "through",
  "despite",
  "besides",
  "except",
  "unlike",
  "during",
  "amid",
  "throughout",
  "via",
  "beyond",
  "around",
  "alongside",
]);

/** Unnamed partners a list after ", including" names: "with our partners, including the EU". */
export const PARTNER_NOUNS = new Set(["partners", "allies", "counterparts", "friends"]);

export const SKIPPABLE = new Set(["DET", "ADJ", "NUM", "ADV", "PART", "PUNCT", "PRON"]);

/** Words the tagger may call verbs that modify a state's name: "of neighbouring Ukraine". */
export const NP_MODIFIERS = new Set([
  "neighbouring",
  "neighboring",
  "fellow",
  "breakaway",
  "occupied",
  "war-torn",
  // "stands with the democratically elected government of Georgia"
  "elected",
  // "from the extraordinary and plenipotentiary ambassadors of Benin": an envoy's rank.
  "extraordinary",
  "plenipotentiary",
  // "with Acting Federal Chancellor of Germany Angela Merkel": an office held for the time being.
  "acting",
]);

/** "on dozens of Georgian officials": quantity nouns before the state. */
export const QUANTITIES = new Set([
  "dozens",
  "hundreds",
  "thousands",
  "scores",
  "number",
  "several",
  "some",
  "all",
  "most",
  "many",
]);

/** "with the navies of China": a state's armed forces, named by the state after "of". */
export const FORCE_NOUNS = new Set(["navy", "navies", "militaries", "army", "armies", "forces", "military"]);

/** Nouns that name a place by the name after "of": "at the port of Tartus", "in the city of Gyumri". */
export const PLACE_NOUNS = new Set(["port", "city", "town", "village"]);

/** Offices held in a state's institution: "with the Speaker of the Grand National Assembly of
 *  Turkey", "with the head of the Government of Serbia", "with the Secretary General of NATO". */
export const OFFICE_NOUNS = new Set([
  "chairman",
  "chairwoman",
  "chairperson",
  "speaker",
  "head",
  "heads",
  "secretary",
  "general",
]);

/** "along its border with Belarus", "on Ukraine's doorstep": the state behind a border noun. */
export const BORDER_NOUNS = new Set([
  "border",
  "borders",
  "frontier",
  "doorstep",
  "side",
  "soil",
  "territory",
  "coast",
  "flank",
]);

/** "congratulated the people of Belarus", "stands with the people of Ukraine": a state's people
 *  stand for the state. */
export const PEOPLE = new Set(["people", "peoples"]);

export const VERBAL = new Set(["VERB", "AUX"]);

export const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

export function mentionsOf(ctx: SlotContext): readonly Mention[] {
  return ctx.sentence.mentions;
}

export function fill(slot: Slot, mentions: readonly Mention[]): SlotFill | null {
  return mentions.length ? { slot, mentions } : null;
}

export function isPlace(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "place");
}

/** "met President Komorowski and Prime Minister Tusk and called ...": the object of an earlier verb. */
export function afterVerb(tokens: readonly Token[], first: number): boolean {
  // "prompting Washington to impose sanctions": the object of one verb is the subject of the next.
  const mention = tokens.slice(first).findIndex((t) => t.pos !== "PROPN" && t.pos !== "NOUN");
  // ("cross Turkey to the Balkans" is an object and a destination, no infinitive).
  if (mention >= 0 && tokens[first + mention]?.norm === "to" && tokens[first + mention + 1]?.pos !== "DET")
    return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!;
    // "Acting President Vladimir Putin", "Acting Assistant Secretary Reeker": a title, no verb.
    if (t.text === "Acting") return false;
    // "Vucic has said Serbia will not impose sanctions": a reported clause starts after the verb.
    // "Western countries, including the United States, imposed": the members named are the subject.
    if (t.pos === "VERB")
      return !REPORTING.has(t.lemma) && !(t.norm === "including" && tokens[k - 1]?.text === ",");
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NUM") return false;
  }
  return false;
}

/** Verbs whose complement is a clause with a subject of its own ("said Serbia will"). */
const REPORTING = new Set([
  "say",
  "insist",
  "claim",
  "believe",
  "think",
  "argue",
  "warn",
  "announce",
  "confirm",
  "deny",
  "add",
  "note",
  "suggest",
  "fear",
  "hope",
  "expect",
  "admit",
  "report",
  "stress",
  "predict",
]);

export function afterPreposition(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.norm) && t.pos === "ADP") return true;
    if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return false;
}

/** "was the illegal annexation": the noun at `first` is a copula's predicate. */
export function afterCopula(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const t = tokens[k]!;
    if (t.lemma === "be") return true;
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "ADV") return false;
  }
  return false;
}

/**
 * "Macron was the only EU leader to oppose": the mention after the copula is a predicate,
 * the subject stands before "was".
 */
export function beforeCopula(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
): number | null {
  const m = mentions[at]!;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
    const t = tokens[k]!;
    if (t.lemma === "be") {
      const before = mentions.findIndex((x) => x.last === k && isActorMention(x));
      return before >= 0 ? before : null;
    }
    if (t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "ADV") return null;
  }
  return null;
}
