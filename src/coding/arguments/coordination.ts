/**
 * Coordination and lists: the mentions coordinated with one ("France, Germany and Italy"), hyphened
 * pairs, shared heads of adjectives, the form of a mention, clause-opening names, and the co-actors
 * of a subject ("joined by Denmark").
 */
import type { Mention, Token } from "../../nlp/annotated-document.js";
import { joiningHyphen } from "../../nlp/joining-hyphen.js";
import { isActorMention } from "./resolve-mention.js";
import { COORDINATION, LIST_POSSESSIVES, CO_ACTOR } from "./slot-shared.js";

/** A state's formal style left outside its mention: "Kyrgyzstan, the Republic of Bangladesh". */
const STYLES = new Set([
  "republic",
  "kingdom",
  "principality",
  "sultanate",
  "state",
  "federation",
  "commonwealth",
]);

/** The tokens between two listed names without a formal style ("the Republic of") that opens the next. */
function withoutStyle(between: readonly Token[]): readonly Token[] {
  const n = between.length;
  if (n >= 2 && between[n - 1]!.norm === "of" && STYLES.has(between[n - 2]!.norm))
    return between.slice(0, n - 2);
  return between;
}

/**
 * Where a person's name begins when up to two capitalised given names the mention left out stand
 * before it (from `first` back, not before `from`): "Nursultan" in "Nursultan Nazarbaev".
 */
function givenNames(tokens: readonly Token[], from: number, first: number): number {
  let i = first;
  while (
    i > from &&
    first - i < 2 &&
    tokens[i - 1]!.pos === "PROPN" &&
    /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]!.text)
  )
    i--;
  return i;
}

/** Words before an office the office's mention leaves out: "Deputy Prime Minister of Turkmenistan". */
const OFFICE_PREFIXES = new Set(["deputy", "vice", "first", "acting"]);

/** Where an office begins when such words stand before its mention (from `first` back, not before `from`). */
function officePrefix(tokens: readonly Token[], from: number, first: number): number {
  let i = first;
  while (i > from && first - i < 2 && OFFICE_PREFIXES.has(tokens[i - 1]!.norm)) i--;
  return i;
}

/** Courtesy titles the tagger leaves outside a person's mention. */
const HONORIFICS = new Set(["mr", "mrs", "ms", "mr.", "mrs.", "ms."]);

/**
 * The mention at `at` with those coordinated to it, walking left (-1) or right (+1).
 * A list ends in "and"/"or" ("France, Germany and Italy"): commas alone do not make one
 * ("In Washington, President Bush").
 */
export function coordinated(
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
    // "by Lubomir Rehak (Slovak Republic), Dang Minh Khoi (Socialist Republic of Vietnam) and ...":
    // people listed with the state each represents in brackets, whatever the form of each name.
    const bracketed = dir > 0 ? bracketLink(tokens, current, next) : null;
    if (bracketed !== null) {
      chain.push(next);
      conjoined.push(bracketed);
      k += dir;
      continue;
    }
    // Walking left, "Kazakhstan President Nursultan Nazarbaev" (the person's mention without the
    // given name the knowledge base does not spell): the office and its holder are one member.
    if (
      dir < 0 &&
      isPersonMention(current) &&
      holdsOffice(next) &&
      givenNames(tokens, next.last, current.first) === next.last
    ) {
      k += dir;
      continue;
    }
    // Walking left, "Vladimir Putin and the President of Kazakhstan, Nursultan Nazarbayev, took part":
    // an office with its holder's name set off by commas on both sides is one member too.
    if (dir < 0 && appositiveHolder(tokens, next, current)) {
      k += dir;
      continue;
    }
    // Walking left, "Sameh Shoukry and his Greek, Cypriot and French counterparts met": a person and
    // the counterparts named with him by their states' adjectives are one list.
    if (dir < 0 && isIndividual(next) && withCounterparts(tokens, mentions, next, current)) {
      chain.push(next);
      conjoined.push(true);
      k += dir;
      continue;
    }
    // "President of Kazakhstan Nursultan Nazarbayev": an office named by its state, then the
    // person holding it (a mention of its own or a name the knowledge base does not know), is one
    // member of the list, whose next member follows the name.
    const office = dir > 0 && holdsOffice(current);
    const holder = office ? nameAfter(tokens, current.last, next.first) : current.last;
    if (office && next.first === holder && isPersonMention(next)) {
      chain.push(next);
      conjoined.push(false);
      k += dir;
      continue;
    }
    // "with Japanese Foreign Minister Hayashi and our G7 counterparts": a group's members listed
    // after an official (whose name the knowledge base may not know) are in the same list.
    const groupNext = dir > 0 && next.refs.some((r) => r.kind === "group");
    // Walking left, "Lithuanian and Polish officials": the adjective shares the head of the
    // compound after it.
    const nextForm = sharedHeadForm(tokens, mentions, k + dir);
    const currentForm = dir > 0 ? sharedHeadForm(tokens, mentions, k) : formOf(current);
    if (
      nextForm !== currentForm &&
      !(groupNext && currentForm === "compound") &&
      // "with the EU and Lithuanian and Greek officials": a name listed with states' officials
      // named by adjectives that share one head.
      !(dir > 0 && currentForm === "name" && nextForm === "compound" && formOf(next) === "adjective") &&
      // "Kazakhstan President Tokayev and Uzbek President Mirziyoyev": leaders listed, however
      // each office is written.
      !(dir > 0 && isIndividual(current) && isIndividual(next))
    )
      break;
    // "..., and Brussels opened talks", "Georgia, and we steadfastly support": after a comma, a name
    // followed by its verb (adverbs between) starts a new clause. Without one the list goes on:
    // "the sanctions on Russia and Belarus hurt trade" (the verb is the whole phrase's).
    let verbAt = next.last;
    while (dir > 0 && tokens[verbAt]?.pos === "ADV") verbAt++;
    const after = tokens[verbAt];
    const comma = tokens.slice(current.last, next.first).some((t) => t.text === ",");
    if (dir > 0 && after && (after.pos === "VERB" || after.pos === "AUX") && comma) break;
    let from = holder;
    if (groupNext && formOf(current) === "compound")
      while (from < next.first && tokens[from]!.pos === "PROPN") from++;
    // "Viktor Yushchenko and Nursultan Nazarbaev": a given name left outside the person's mention.
    const later = dir < 0 ? current : next;
    // Walking left, "Azerbaijani President Ilkham Aliev, Uzbekistan President": the holder's name
    // the knowledge base does not know belongs to the office before it.
    const start =
      dir < 0 ? (holdsOffice(next) ? nameAfter(tokens, next.last, current.first) : next.last) : from;
    const end = isPersonMention(later)
      ? givenNames(tokens, start, later.first)
      : holdsOffice(later)
        ? officePrefix(tokens, start, later.first)
        : later.first;
    const between = withoutStyle(tokens.slice(start, end));
    if (
      !between.length ||
      !between.every(
        (t) =>
          COORDINATION.has(t.norm) ||
          // "to Tbilisi, Georgia; Baku, Azerbaijan; and Yerevan, Armenia": places, each a city and
          // its country, listed with semicolons.
          (t.norm === ";" && dir > 0 && cityAndCountry(tokens, mentions, k)) ||
          // "Mr Putin and Mr Trajkovski": a courtesy title before the next person's name.
          (HONORIFICS.has(t.norm) && t.pos === "PROPN") ||
          (groupNext && LIST_POSSESSIVES.has(t.norm)),
      )
    )
      break;
    const conj = between.some(
      (t) => t.norm === "and" || t.norm === "or" || t.norm === "nor" || t.norm === "well",
    );
    if (!conj && !between.some((t) => t.norm === "," || t.norm === ";")) break;
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
  // "with the leaders of Ukraine, the United States and several European states": a list whose
  // conjunction opens an unnamed tail ends at its last name.
  if (lastConj < conjoined.length - 1 && unnamedTail(tokens, chain[chain.length - 1]!.last)) return chain;
  return chain.slice(0, lastConj + 2);
}

/** Words that open an unnamed rest of a list: "and several European states", "and a number of other countries". */
const TAIL_WORDS = new Set([
  "a",
  "number",
  "of",
  "several",
  "other",
  "some",
  "many",
  "few",
  "various",
  "more",
]);
const TAIL_HEADS = new Set(["states", "countries", "nations", "partners", "governments"]);

/**
 * Whether the tokens from `at` are "and" and an unnamed rest of the list ("and other countries"),
 * a serial comma before the "and" or not ("Japan, Australia, and a number of other states").
 */
function unnamedTail(tokens: readonly Token[], from: number): boolean {
  const at = tokens[from]?.norm === "," ? from + 1 : from;
  if (tokens[at]?.norm !== "and") return false;
  let quantified = false;
  for (let i = at + 1; i < tokens.length && i <= at + 6; i++) {
    const t = tokens[i]!;
    if (TAIL_HEADS.has(t.norm)) return quantified;
    if (TAIL_WORDS.has(t.norm) && t.norm !== "a" && t.norm !== "of") quantified = true;
    else if (!TAIL_WORDS.has(t.norm) && t.pos !== "ADJ" && t.pos !== "PROPN") return false;
  }
  return false;
}

/** Lower-case particles inside people's names: "Rodrigo de Lima", "Augusto da Silva". */
const NAME_PARTICLES = new Set([
  "de",
  "da",
  "do",
  "dos",
  "del",
  "della",
  "di",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "le",
]);

/**
 * Whether the tokens from `from` up to `mention` are a person's name and an opening bracket (with a
 * state's style before its name inside it: "(Socialist Republic of"), the mention closing the
 * bracket: "Lubomir Rehak (Slovak Republic)", the person standing for the state in brackets.
 */
export function bracketedAfterName(tokens: readonly Token[], from: number, mention: Mention): boolean {
  let i = from;
  let words = 0;
  while (i < mention.first && words <= 8) {
    const t = tokens[i]!;
    if (/^\p{Lu}/u.test(t.text)) words++;
    else if (!NAME_PARTICLES.has(t.text) && !(HYPHENS.has(t.text) && words > 0)) break;
    i++;
  }
  if (words === 0 || words > 8 || tokens[i]?.text !== "(" || bracketClose(tokens, mention) < 0) return false;
  const style = tokens.slice(i + 1, mention.first);
  return (
    style.length <= 5 && style.every((t) => /^\p{Lu}/u.test(t.text) || t.norm === "of" || t.norm === "the")
  );
}

/** The closing bracket after a state's mention, past a style after its name ("Italian Republic"), or -1. */
function bracketClose(tokens: readonly Token[], mention: Mention): number {
  for (let i = mention.last; i <= mention.last + 2; i++) {
    if (tokens[i]?.text === ")") return i;
    if (!/^\p{Lu}/u.test(tokens[i]?.text ?? "")) return -1;
  }
  return -1;
}

/**
 * The link from one bracketed state to the next in a list of people ("(Slovak Republic), Dang Minh
 * Khoi (Vietnam)"): whether it holds a conjunction, or null when the two are no such list.
 */
function bracketLink(tokens: readonly Token[], current: Mention, next: Mention): boolean | null {
  const close = bracketClose(tokens, current);
  if (close < 0) return null;
  let i = close + 1;
  let conj = false;
  let comma = false;
  while (tokens[i]?.norm === "," || tokens[i]?.norm === "and") {
    if (tokens[i]!.norm === "and") conj = true;
    else comma = true;
    i++;
  }
  if (!conj && !comma) return null;
  return bracketedAfterName(tokens, i, next) ? conj : null;
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

/** An office named by its state: "President of Mexico", "Uzbek President". */
function holdsOffice(m: Mention): boolean {
  const ref = m.refs[0];
  return ref?.kind === "actor" && ref.role !== null;
}

/**
 * "the President of Kazakhstan, Nursultan Nazarbayev,": a person's name (with the given names the
 * mention leaves out) between a comma after an office named by its state and a comma after the name.
 * Without the closing comma it may be the next member of a list ("the President of Kazakhstan,
 * Vladimir Putin and ...").
 */
function appositiveHolder(tokens: readonly Token[], office: Mention, person: Mention): boolean {
  if (!isPersonMention(person) || !holdsOffice(office) || office.official) return false;
  if (tokens[person.last]?.text !== ",") return false;
  // "Azerbaijani President Ilkham Aliev, Uzbekistan President Islam Karimov,": each name with its
  // own title is the next member of a list.
  if (tokens.slice(person.first, person.last).some((t) => TITLE_WORDS.has(t.norm))) return false;
  const between = tokens.slice(office.last, givenNames(tokens, office.last, person.first));
  return between.length === 1 && between[0]!.text === ",";
}

/** Words of a title written into a person's mention ("Uzbekistan President Islam Karimov"). */
const TITLE_WORDS = new Set([
  "president",
  "minister",
  "premier",
  "chancellor",
  "secretary",
  "king",
  "queen",
  "emir",
  "chairman",
  "speaker",
]);

/**
 * "Shoukry and his Greek counterpart", "... and her Cypriot and French counterparts": "and" and a
 * possessive between a person and an adjective that opens a list of adjectives before
 * "counterpart(s)".
 */
function withCounterparts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  person: Mention,
  adjective: Mention,
): boolean {
  if (formOf(adjective) !== "adjective") return false;
  const between = tokens.slice(person.last, adjective.first).map((t) => t.norm);
  if (between.length !== 2 || between[0] !== "and" || (between[1] !== "his" && between[1] !== "her"))
    return false;
  let j = adjective.last;
  for (;;) {
    const t = tokens[j];
    if (!t) return false;
    if (t.norm === "counterpart" || t.norm === "counterparts") return true;
    const m = mentions.find((x) => x.first === j);
    if (m && formOf(m) === "adjective") j = m.last;
    else if (t.norm === "," || t.norm === "and") j++;
    else return false;
  }
}

/** A person or an office named by its state. */
function isIndividual(m: Mention): boolean {
  return isPersonMention(m) || holdsOffice(m);
}

/** Where the capitalised name written right after an office ends. */
function nameAfter(tokens: readonly Token[], at: number, end: number): number {
  let i = at;
  while (i < end && tokens[i]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
  return i;
}

function isPersonMention(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "person");
}

/** A hyphen written without spaces between two names: "Russian-Belarusian", "U.S.-Poland". */
function hyphenPair(tokens: readonly Token[], at: number, length: number): boolean {
  return length === 1 && joiningHyphen(tokens, at, HYPHENS);
}

const HYPHENS = new Set(["-", "‒", "–"]);

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
export function formOf(m: Mention): string {
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
export function coActors(
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

/** The mention at `at` follows another and a comma: "Tbilisi, Georgia". */
function cityAndCountry(tokens: readonly Token[], mentions: readonly Mention[], at: number): boolean {
  const current = mentions[at]!;
  return tokens[current.first - 1]?.text === "," && mentions[at - 1]?.last === current.first - 1;
}
