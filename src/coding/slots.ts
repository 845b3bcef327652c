import type { Mention, Sentence, Token } from "../nlp/annotated-document.js";
import type { Slot } from "./lexicon-schema.js";
import type { TriggerMatch } from "./trigger-match.js";
import { isBoundary } from "./clause.js";
import { pairSides } from "./pair-slot.js";
import { isActorMention, isNonStateMention } from "./resolve-mention.js";

/** Mentions that fill a slot, coordinated ones included ("Denmark and the Netherlands"). */
export interface SlotFill {
  readonly slot: Slot;
  readonly mentions: readonly Mention[];
}

export interface SlotContext {
  readonly sentence: Sentence;
  readonly match: TriggerMatch;
  readonly boundaries: ReadonlySet<string>;
  /** The trigger is a verb in the passive voice ("was annexed by"). */
  readonly passive: boolean;
  /** The trigger is a noun: it has a subject only as the predicate of a copula
   *  ("Putin's most controversial move was the annexation of Crimea"). */
  readonly nominal: boolean;
  /** Lemmas of attribution verbs: "attributed to Russia", "blamed on Russian hackers". */
  readonly attribution: readonly string[];
  /** The last person named in the sentences before, for "he" and "she". */
  readonly previousPerson: Mention | null;
}

const MAX_SUBJECT_DISTANCE = 20;
const MAX_OBJECT_DISTANCE = 6;
const MAX_PREP_DISTANCE = 12;
const COORDINATION = new Set([",", "and", "or", "the", "as", "well", "both", "also", "nor"]);
/** Possessive determiners before an object noun: "his Turkish counterpart". */
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "my", "your"]);
const LIST_POSSESSIVES = new Set(["our", "his", "her", "their", "its"]);
const CO_ACTOR = [["joined", "by"], ["along", "with"], ["together", "with"], ["alongside"]];
const PREPOSITIONS = new Set([
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
const PARTNER_NOUNS = new Set(["partners", "allies", "counterparts", "friends"]);
const SKIPPABLE = new Set(["DET", "ADJ", "NUM", "ADV", "PART", "PUNCT", "PRON"]);
/** Words the tagger may call verbs that modify a state's name: "of neighbouring Ukraine". */
const NP_MODIFIERS = new Set([
  "neighbouring",
  "neighboring",
  "fellow",
  "breakaway",
  "occupied",
  "war-torn",
  // "stands with the democratically elected government of Georgia"
  "elected",
]);
/** "on dozens of Georgian officials": quantity nouns before the state. */
const QUANTITIES = new Set([
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
const FORCE_NOUNS = new Set(["navy", "navies", "militaries", "army", "armies", "forces", "military"]);
/** "along its border with Belarus", "on Ukraine's doorstep": the state behind a border noun. */
const BORDER_NOUNS = new Set([
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
const PEOPLE = new Set(["people", "peoples"]);

const VERBAL = new Set(["VERB", "AUX"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);

/** Finds the mentions that fill one slot of a trigger's frame. */
export function fillSlot(slot: Slot, ctx: SlotContext): SlotFill | null {
  switch (slot) {
    case "subject":
      if (ctx.nominal && !afterCopula(ctx.sentence.tokens, ctx.match.first)) return null;
      return ctx.passive ? prepSlot("by", ctx, slot) : subjectSlot(ctx);
    case "by":
      return prepSlot("by", ctx, slot);
    case "object":
      return ctx.passive ? subjectSlot(ctx, slot) : objectSlot(ctx);
    case "possessor":
      return possessorSlot(ctx);
    case "weapon":
      return weaponSlot(ctx);
    case "attributed":
      return attributedSlot(ctx);
    case "condition":
      return conditionSlot(ctx);
    case "embedded":
      return embeddedSlot(ctx);
    case "predicated":
      return predicatedSlot(ctx);
    case "owner":
      return ownerSlot(ctx);
    case "pairFirst":
    case "pairSecond": {
      const sides = pairSides(ctx.sentence.tokens, mentionsOf(ctx), ctx.match);
      return sides ? fill(slot, [slot === "pairFirst" ? sides.first : sides.second]) : null;
    }
    default:
      return prepSlot(slot, ctx, slot);
  }
}

/**
 * "Estonia scrambled jets after a Russian plane violated its airspace": "its" inside the trigger
 * is not the one acting (nobody violates their own airspace) but the actor named before that one.
 */
function ownerSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  let owner = -1;
  for (let i = match.first + 1; i < match.last; i++)
    if (tokens[i]!.norm === "its" || tokens[i]!.norm === "their") owner = i;
  if (owner < 0) return null;
  const before = mentionsOf(ctx).filter((m) => m.last <= match.first && isActorMention(m));
  const actor = before[before.length - 1];
  if (!actor) return null;
  const codes = new Set(actor.refs.flatMap((r) => (r.kind === "actor" ? [r.code] : [])));
  const other = before.findLast(
    (m) => m.last <= actor.first && !m.refs.some((r) => r.kind === "actor" && codes.has(r.code)),
  );
  return other ? fill("owner", [other]) : null;
}

function mentionsOf(ctx: SlotContext): readonly Mention[] {
  return ctx.sentence.mentions;
}

/** The nearest actor mention before the trigger in its clause, as the clause's subject. */
function subjectSlot(ctx: SlotContext, slot: Slot = "subject"): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  // "accused the European Union of meddling", "blamed Moscow for the attack": the one accused acts.
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
    const token = tokens[i]!;
    if (token.pos === "PRON" && (token.norm === "he" || token.norm === "she")) {
      const person = personBefore(mentions, i) ?? ctx.previousPerson;
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
    const copular = beforeCopula(tokens, mentions, at);
    const list = copular === null ? list0 : coordinated(tokens, mentions, copular, -1);
    const chosen = copular ?? at;
    return fill(slot, [...list, ...coActors(tokens, mentions, mentions[chosen]!.last, match.first)]);
  }
  return null;
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

/** The first actor mention right after the trigger, not inside a prepositional phrase; else the
 *  antecedent of a relative pronoun before the trigger's subject. */
function objectSlot(ctx: SlotContext): SlotFill | null {
  return directObject(ctx) ?? relativeObject(ctx.sentence.tokens, mentionsOf(ctx), ctx.match.first);
}

/** "what von der Leyen called", "what Moscow describes as": the index of the naming verb, else null. */
function namingFrameEnd(tokens: readonly Token[], i: number): number | null {
  if (tokens[i]!.norm !== "what") return null;
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const lemma = tokens[k]!.lemma;
    if (lemma === "call" || lemma === "describe" || lemma === "term" || lemma === "dub") return k;
  }
  return null;
}

function directObject(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let i = match.first + 1; i < tokens.length && i - match.last < MAX_OBJECT_DISTANCE; i++) {
    // "agree what von der Leyen called the harshest package": the one naming it is no object.
    const naming = namingFrameEnd(tokens, i);
    if (naming !== null) {
      i = naming;
      continue;
    }
    if (isBoundary(tokens, i, ctx.boundaries)) return null;
    const t = tokens[i]!;
    if (PEOPLE.has(t.norm) && tokens[i + 1]?.norm === "of") {
      i++;
      continue;
    }
    if (PREPOSITIONS.has(t.norm) && t.pos === "ADP") return null;
    // "imposed sanctions on Dodik, accusing him of corruption": "him"/"her" is the last person named.
    if (
      t.pos === "PRON" &&
      (t.norm === "him" || (t.norm === "her" && !NOMINAL.has(tokens[i + 1]?.pos ?? "")))
    ) {
      const person = personBefore(mentions, match.first) ?? ctx.previousPerson;
      return person ? fill("object", [person]) : null;
    }
    // "have yet to ratify it, and Ankara accuses": the object was a pronoun; a new clause follows.
    // "we supply you with gas": a transcript's "you" is a mention of the addressee (first-person.ts).
    // "met his Turkish counterpart", "thanked her Polish hosts": a possessive determiner opens the object.
    if (t.pos === "PRON" && POSSESSIVE_DETERMINERS.has(t.norm) && NOMINAL.has(tokens[i + 1]?.pos ?? ""))
      continue;
    if (t.pos === "PRON" && t.norm !== "its" && t.norm !== "their" && !mentions.some((m) => m.first === i))
      return null;
    if (t.pos === "CCONJ" && tokens[i - 1]?.text === ",") return null;
    // "called the incursion reckless and said the alliance stood with Poland": a coordinated verb
    // phrase starts; its words are no object of this one.
    if (i > match.last && t.pos === "CCONJ" && VERBAL.has(tokens[i + 1]?.pos ?? "")) return null;
    const at = mentions.findIndex((m) => m.first === i);
    if (at < 0) continue;
    // "attacked U.S.-backed Syrian forces": the object is no state.
    if (isNonStateMention(mentions[at]!)) return null;
    if (!isActorMention(mentions[at]!) && !isPlace(mentions[at]!)) {
      i = mentions[at]!.last - 1;
      continue;
    }
    return fill("object", coordinated(tokens, mentions, at, +1));
  }
  return null;
}

/**
 * "Crimea, which Moscow annexed in 2014", "the European Union, which it applied to join": with no
 * object after the verb, the object is the antecedent of the relative pronoun before its subject.
 */
function relativeObject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  verb: number,
): SlotFill | null {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  const subject = mentions.find((m) => m.last - 1 === k);
  if (subject) k = subject.first - 1;
  else if (tokens[k]?.pos === "PRON" && tokens[k]!.norm !== "which" && tokens[k]!.norm !== "that") k--;
  else return null;
  if (tokens[k]?.norm !== "which" && tokens[k]?.norm !== "that") return null;
  k--;
  if (tokens[k]?.text === ",") k--;
  const antecedent = mentions.find((m) => m.last - 1 === k);
  return antecedent && (isActorMention(antecedent) || isPlace(antecedent))
    ? fill("object", [antecedent])
    : null;
}

/** The actor mention after a marker preposition that follows the trigger ("sanctions on Serbia"). */
function prepSlot(prep: string, ctx: SlotContext, slot: Slot): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let i = match.first + 1; i < tokens.length && i - match.last < MAX_PREP_DISTANCE; i++) {
    // "said it was a disgrace that Bulgaria ...": "that" is the marker here, not a clause limit; and
    // a limit the pattern itself spans is bridged ("regrets that restrictions imposed by Russia").
    if (tokens[i]!.norm !== prep && i >= match.last && isBoundary(tokens, i, ctx.boundaries)) return null;
    // ", and Brussels opened talks with Chisinau": a coordinated clause has arguments of its own.
    if (tokens[i]!.pos === "CCONJ" && tokens[i - 1]?.text === ",") return null;
    if (tokens[i]!.norm !== prep) continue;
    // "its ambassador from Moscow" was joined into one mention around the preposition.
    const around = mentions.findIndex((m) => m.first < i && m.last > i + 1);
    if (around >= 0 && (isActorMention(mentions[around]!) || isPlace(mentions[around]!)))
      return fill(slot, [mentions[around]!]);
    let reach = i + 5;
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
          return fill(slot, coordinated(tokens, mentions, at, +1));
        k = m.last - 1;
        continue;
      }
      const t = tokens[k]!;
      if (NP_MODIFIERS.has(t.norm)) continue;
      if (QUANTITIES.has(t.norm)) {
        if (tokens[k + 1]?.norm === "of") k++;
        continue;
      }
      // "with the navies of China and Russia": the armed forces stand for their state.
      if (FORCE_NOUNS.has(t.norm) && tokens[k + 1]?.norm === "of") {
        k++;
        continue;
      }
      if (BORDER_NOUNS.has(t.norm)) {
        if (tokens[k + 1]?.norm === "with" || tokens[k + 1]?.norm === "of") k++;
        continue;
      }
      if (PEOPLE.has(t.norm) && tokens[k + 1]?.norm === "of") {
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
function embeddedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  let found: Mention | null = null;
  const tokens = sentence.tokens;
  for (const m of sentence.mentions)
    if (m.first > match.first && m.last < match.last && isActorMention(m) && !isPerson(m))
      // "Sweden's NATO membership": a name compounded with the pattern's last noun is its kind
      // ("Belarusian interference" names who interferes).
      if (!(m.last === match.last - 1 && tokens[m.last]?.pos === "NOUN" && formOf(m) === "name")) found = m;
  return found ? fill("embedded", [found]) : null;
}

const COPULAS = new Set(["be", "become", "remain"]);

/**
 * What a noun trigger is said of: "Serbia, an EU candidate since 2012", "China has become an
 * important arms supplier": the mention before the appositive's comma or before the copula.
 */
function predicatedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let k = match.first - 1; k >= 0 && match.first - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.text === "," || COPULAS.has(t.lemma)) {
      let j = k - 1;
      while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
      const at = mentions.findIndex((m) => m.last - 1 === j && isActorMention(m));
      return at >= 0 ? fill("predicated", coordinated(tokens, mentions, at, -1)) : null;
    }
    if (!["DET", "ADJ", "ADV", "NOUN", "PROPN", "NUM"].includes(t.pos) && t.norm !== "'s") return null;
  }
  return null;
}

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
function possessorSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  // "Moscow's military operation": the possessor was read into one mention with the noun's modifier.
  const spanning = mentions.find((m) => m.first < match.first && m.last > match.first && isActorMention(m));
  if (spanning) return fill("possessor", [spanning]);
  const i = modifiersBefore(tokens, mentions, match.first);
  // "his first face-to-face meeting": the possessive pronoun stands for the last person named.
  if (i >= 0 && (tokens[i]!.norm === "his" || tokens[i]!.norm === "her")) {
    const person = personBefore(mentions, i) ?? ctx.previousPerson;
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
  return possessorAt(tokens, mentions, i);
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
function weaponSlot(ctx: SlotContext): SlotFill | null {
  const weapons = mentionsOf(ctx).filter((m) => m.refs.some((r) => r.kind === "weapon"));
  return weapons.length ? fill("weapon", weapons.slice(0, 1)) : null;
}

function fill(slot: Slot, mentions: readonly Mention[]): SlotFill | null {
  return mentions.length ? { slot, mentions } : null;
}

function isPlace(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "place");
}

/** "met President Komorowski and Prime Minister Tusk and called ...": the object of an earlier verb. */
function afterVerb(tokens: readonly Token[], first: number): boolean {
  // "prompting Washington to impose sanctions": the object of one verb is the subject of the next.
  const mention = tokens.slice(first).findIndex((t) => t.pos !== "PROPN" && t.pos !== "NOUN");
  // ("cross Turkey to the Balkans" is an object and a destination, no infinitive).
  if (mention >= 0 && tokens[first + mention]?.norm === "to" && tokens[first + mention + 1]?.pos !== "DET")
    return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!;
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

function afterPreposition(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const t = tokens[k]!;
    if (PREPOSITIONS.has(t.norm) && t.pos === "ADP") return true;
    if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return false;
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

/** "warned ... if Russia did not step back": the party the condition is put to. */
function conditionSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  for (let i = match.last; i < tokens.length; i++) {
    // "warned of consequences should Lithuania let Taiwan open an office": an inverted condition.
    const inverted = tokens[i]!.norm === "should" && sentence.mentions.some((x) => x.first === i + 1);
    if (tokens[i]!.norm !== "if" && tokens[i]!.norm !== "unless" && !inverted) continue;
    const m = sentence.mentions.find((x) => x.first > i && x.first <= i + 3 && isActorMention(x));
    return m ? fill("condition", [m]) : null;
  }
  return null;
}

/** "cyber attacks on Ukrainian banks ... attributed to Russia's GRU": the actor named by attribution. */
function attributedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  let verb = -1;
  for (let i = 0; i < tokens.length; i++) if (ctx.attribution.includes(tokens[i]!.lemma)) verb = i;
  if (verb < 0) return null;
  const mentions = mentionsOf(ctx);
  // "attacks that officials blamed on Russian hackers": right after the verb;
  // "attributed the attacks on Ukrainian banks to Russia's GRU": "to" after the trigger.
  // "blamed the Russian military for NotPetya", "accused Moscow of the attack": the one blamed
  // stands between the verb and "for"/"of" right before the trigger.
  if (verb < match.first) {
    let k = match.first - 1;
    while (
      k > verb &&
      (tokens[k]!.pos === "DET" ||
        tokens[k]!.pos === "ADJ" ||
        tokens[k]!.pos === "PROPN" ||
        tokens[k]!.pos === "NOUN") &&
      !mentions.some((m) => m.first <= k && m.last > k && isActorMention(m))
    )
      k--;
    if (tokens[k]?.norm === "for" || tokens[k]?.norm === "of") {
      const blamed = mentions.filter((m) => m.first > verb && m.last <= k && isActorMention(m)).pop();
      if (blamed) return fill("attributed", [blamed]);
    }
  }
  const from = verb > match.first ? verb + 1 : match.last;
  const markers = verb > match.first ? ["on", "to"] : ["to"];
  for (let i = from; i < tokens.length && (verb < match.first || i <= verb + 1); i++) {
    if (!markers.includes(tokens[i]!.norm)) continue;
    const at = mentions.findIndex((m) => m.first > i && m.first <= i + 3 && isActorMention(m));
    if (at >= 0) return fill("attributed", [mentions[at]!]);
  }
  return null;
}

/** "was the illegal annexation": the noun at `first` is a copula's predicate. */
function afterCopula(tokens: readonly Token[], first: number): boolean {
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
function beforeCopula(tokens: readonly Token[], mentions: readonly Mention[], at: number): number | null {
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
    if (!afterPreposition(tokens, m.first)) return m;
  }
  return null;
}

/** The last person (or leader) named before token i of the sentence. */
function personBefore(mentions: readonly Mention[], i: number): Mention | null {
  let found: Mention | null = null;
  for (const m of mentions) if (m.last <= i && isPerson(m)) found = m;
  return found;
}

/** A person by name, or an office holder by title ("the Russian President"). */
export function isPerson(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "person" || (r.kind === "actor" && r.role === "LEADER"));
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

/**
 * The mention at `at` with those coordinated to it, walking left (-1) or right (+1).
 * A list ends in "and"/"or" ("France, Germany and Italy"): commas alone do not make one
 * ("In Washington, President Bush").
 */
function coordinated(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  at: number,
  dir: -1 | 1,
): Mention[] {
  const chain = [mentions[at]!];
  const conjoined: boolean[] = [];
  let k = at;
  for (;;) {
    const next = mentions[k + dir];
    const current = mentions[k]!;
    if (!next || !isActorMention(next)) break;
    // "the Russian-Kazakhstani agreement", "U.S.-Poland defense cooperation": a hyphened pair,
    // whatever the form of each name ("Russian-Kazakhstan").
    if (
      hyphenPair(
        tokens,
        dir < 0 ? next.last : current.last,
        dir < 0 ? current.first - next.last : next.first - current.last,
      )
    ) {
      chain.push(next);
      conjoined.push(true);
      k += dir;
      continue;
    }
    // "with Japanese Foreign Minister Hayashi and our G7 counterparts": a group's members listed
    // after an official (whose name the knowledge base may not know) are in the same list.
    const groupNext = dir > 0 && next.refs.some((r) => r.kind === "group");
    const nextForm = dir > 0 ? sharedHeadForm(tokens, mentions, k + dir) : formOf(next);
    const currentForm = dir > 0 ? sharedHeadForm(tokens, mentions, k) : formOf(current);
    if (
      nextForm !== currentForm &&
      !(groupNext && currentForm === "compound") &&
      // "with the EU and Lithuanian and Greek officials": a name listed with states' officials
      // named by adjectives that share one head.
      !(dir > 0 && currentForm === "name" && nextForm === "compound" && formOf(next) === "adjective")
    )
      break;
    // "..., and Brussels opened talks": a name followed by its verb starts a new clause.
    const after = tokens[next.last];
    if (dir > 0 && after && (after.pos === "VERB" || after.pos === "AUX")) break;
    let from = current.last;
    if (groupNext && formOf(current) === "compound")
      while (from < next.first && tokens[from]!.pos === "PROPN") from++;
    const between = dir < 0 ? tokens.slice(next.last, current.first) : tokens.slice(from, next.first);
    if (
      !between.length ||
      !between.every((t) => COORDINATION.has(t.norm) || (groupNext && LIST_POSSESSIVES.has(t.norm)))
    )
      break;
    const conj = between.some(
      (t) => t.norm === "and" || t.norm === "or" || t.norm === "nor" || t.norm === "well",
    );
    if (!conj && !between.some((t) => t.norm === ",")) break;
    // "stood with Poland, and the foreign ministers of Lithuania said ...": after ", and" an
    // official or a person opens a new clause.
    if (
      dir > 0 &&
      conj &&
      between.some((t) => t.norm === ",") &&
      startsClause(next) &&
      verbFollows(tokens, mentions, k + 1)
    )
      break;
    chain.push(next);
    conjoined.push(conj);
    k += dir;
  }
  // Walking left from the last member, the first link must be the conjunction;
  // walking right from the first member, the list ends at its last conjunction.
  if (dir < 0) return conjoined[0] ? chain : chain.slice(0, 1);
  const lastConj = conjoined.lastIndexOf(true);
  return chain.slice(0, lastConj + 2);
}

/**
 * The form of a mention in a list walked right, where an adjective shares the head noun of the
 * compound after it: "Lithuanian and Greek officials" are both officials.
 */
function sharedHeadForm(tokens: readonly Token[], mentions: readonly Mention[], at: number): string {
  const m = mentions[at]!;
  const form = formOf(m);
  const after = mentions[at + 1];
  if (form !== "adjective" || !after || formOf(after) !== "compound") return form;
  const between = tokens.slice(m.last, after.first);
  return between.length && between.every((t) => t.norm === "and" || t.norm === ",") ? "compound" : form;
}

/** A hyphen written without spaces between two names: "Russian-Belarusian", "U.S.-Poland". */
function hyphenPair(tokens: readonly Token[], at: number, length: number): boolean {
  const h = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    length === 1 &&
    h !== undefined &&
    before !== undefined &&
    after !== undefined &&
    HYPHENS.has(h.text) &&
    before.end === h.start &&
    h.end === after.start
  );
}
const HYPHENS = new Set(["-", "‒", "–"]);

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

/** "Finland's membership", "Russia's new policy": a state's name as possessor of an abstract noun. */
function possessesAbstract(tokens: readonly Token[], m: Mention): boolean {
  if (tokens[m.last]?.norm !== "'s") return false;
  let j = m.last + 1;
  while (tokens[j]?.pos === "ADJ") j++;
  return ABSTRACT.has(tokens[j]?.norm ?? "");
}

/** Whether a verb follows the mention at `at` and any list coordinated to it: a clause's subject. */
function verbFollows(tokens: readonly Token[], mentions: readonly Mention[], at: number): boolean {
  let i = mentions[at]!.last;
  for (let k = at + 1; k < mentions.length; k++) {
    while (tokens[i] && (tokens[i]!.norm === "and" || tokens[i]!.text === ",")) i++;
    if (mentions[k]!.first !== i) break;
    i = mentions[k]!.last;
  }
  const t = tokens[i];
  return t !== undefined && (t.pos === "VERB" || t.pos === "AUX");
}

/** A mention that names an official or a person: the subject of a clause of its own. */
function startsClause(m: Mention): boolean {
  return m.refs.some(
    (r) => r.kind === "person" || (r.kind === "actor" && r.role !== null && r.form !== "adjective"),
  );
}

/** Coordinated mentions share a form: "Lithuania expelling three Russian diplomats and Latvia" is no list. */
function formOf(m: Mention): string {
  const ref = m.refs[0];
  if (!ref) return "";
  if (ref.kind === "actor")
    return ref.role && ref.form === "adjective"
      ? "compound"
      : ref.form === "adjective"
        ? "adjective"
        : "name";
  // "the Baltic states and Poland": a group is listed with names.
  return ref.kind === "person" || ref.kind === "group" ? "name" : ref.kind;
}

/** "Paris was joined by Denmark and the Netherlands in thwarting": co-actors of the subject. */
function coActors(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  to: number,
): Mention[] {
  for (let i = from; i < to; i++) {
    for (const phrase of CO_ACTOR) {
      if (!phrase.every((w, k) => tokens[i + k]?.norm === w)) continue;
      const at = mentions.findIndex((m) => m.first > i && m.first <= i + phrase.length + 2 && m.last <= to);
      if (at >= 0 && isActorMention(mentions[at]!)) return coordinated(tokens, mentions, at, +1);
    }
  }
  return [];
}
