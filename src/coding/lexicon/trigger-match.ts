import type { Token } from "../../nlp/annotated-document.js";
import { joiningHyphen } from "../../nlp/joining-hyphen.js";
import { ownCopy } from "../../nlp/own-copy.js";
import { withoutAidOverArms } from "./aid-over-arms.js";
import { buildingMeasures } from "./building-measures.js";
import type { Lexicon, Step, Trigger } from "./lexicon.js";

export interface TriggerMatch {
  readonly trigger: Trigger;
  /** Token indices of the first and one past the last matched word. */
  readonly first: number;
  readonly last: number;
}

/** A gap does not run past the end of a clause. */
const STOP = /^[.;:!?()]$/;

/**
 * Every trigger occurrence in a sentence; where two overlap, the longer pattern wins. `holds`, when
 * given, drops a match before overlaps are settled (a trigger whose clause lacks a word it `needs`):
 * a match that does not hold hides no other ("received the Prime Minister" is no arms purchase, and
 * the visit's "receive" still reads it).
 */
export function findTriggers(
  tokens: readonly Token[],
  lexicon: Lexicon,
  holds?: (match: TriggerMatch) => boolean,
): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const candidates = candidatesFor(t, tokens[i - 1], tokens[i + 1], lexicon);
    if (!candidates.length) continue;
    for (const trigger of candidates) {
      if (trigger.pos === "verb" && !isVerbal(t)) continue;
      if (trigger.pos === "noun" && !isNominal(t)) continue;
      if (trigger.intransitive && OBJECT_HEAD.has(tokens[i + 1]?.pos ?? "")) continue;
      // "a Kremlin-backed campaign", "Russian-funded media": the participle of a hyphenated
      // compound modifies a noun; it is no act of its own (a longer pattern may still start there:
      // "the Russian-backed coup").
      if (trigger.steps.length === 1 && compoundParticiple(tokens, i)) continue;
      const last = matchSteps(tokens, i, trigger.steps);
      if (last <= 0) continue;
      const match = { trigger, first: i, last };
      // "work on specific measures to bolster mutual trade flows": measures whose infinitive
      // builds something up are no sanctions (and hide nothing).
      if (buildingMeasures(tokens, match)) continue;
      if (!holds || holds(match)) found.push(match);
    }
  }
  if (found.length < 2) return found;
  // Longer (more specific) matches first; drop matches inside an already kept one of the same type.
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  // Two patterns over the same two words or more both stay: "the sanctions imposed on Russia by the United
  // States" is read by the one with "by", "the sanctions that the EU imposed" by the relative one.
  const kept: TriggerMatch[] = [];
  for (const m of found) {
    const inside = kept.some(
      (k) =>
        m.first >= k.first &&
        m.last <= k.last &&
        !(
          m.first === k.first &&
          m.last === k.last &&
          m.last - m.first > 1 &&
          m.trigger.type === k.trigger.type
        ) &&
        !k.trigger.keepsInner &&
        (k.trigger.type === m.trigger.type || m.last - m.first === 1),
    );
    if (!inside) kept.push(m);
  }
  withoutAidOverArms(tokens, kept);
  // "has yet to ratify Sweden's membership": the verb that closes a pattern does not open one of
  // the opposite sign (a hold-up, not also a ratification). A noun may: "opposed Montenegro's bid"
  // blocks a bid that was made.
  const opened = (m: TriggerMatch): boolean =>
    tokens[m.first]!.pos === "VERB" &&
    kept.some(
      (k) =>
        k.first < m.first &&
        k.last - 1 === m.first &&
        Math.sign(lexicon.types[k.trigger.type].weight) === -Math.sign(lexicon.types[m.trigger.type].weight),
    );
  if (kept.some(opened)) return kept.filter((m) => !opened(m)).sort((a, b) => a.first - b.first);
  return kept.sort((a, b) => a.first - b.first);
}

/** Whether the token is the participle closing a hyphenated compound ("Kremlin-backed"). */
function compoundParticiple(tokens: readonly Token[], i: number): boolean {
  return joiningHyphen(tokens, i - 1) && tokens[i]!.norm.endsWith("ed");
}

function matchSteps(tokens: readonly Token[], start: number, steps: readonly Step[]): number {
  let pos = start;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === "gap") {
      const next = steps[s + 1];
      if (!next || next.kind !== "word") return 0;
      let k = pos;
      let found = -1;
      for (; k < tokens.length && k <= pos + step.max; k++) {
        const t = tokens[k]!;
        if (accepts(next.words, t)) {
          found = k;
          break;
        }
        if (STOP.test(t.text)) break;
      }
      if (found < 0) return 0;
      pos = found + 1;
      s++;
      continue;
    }
    const t = tokens[pos];
    if (!t || !accepts(step.words, t)) return 0;
    pos++;
  }
  return pos;
}

function accepts(words: ReadonlySet<string>, t: Token): boolean {
  if (words.has(t.lemma) || words.has(t.norm)) return true;
  for (const s of stems(t)) if (words.has(s)) return true;
  return false;
}

const VERB_CONTEXT = new Set(["AUX", "ADV", "PRON", "DET", "PART", "PUNCT", "CCONJ", "SCONJ", "ADP"]);
const OBJECT_START = new Set(["DET", "NUM", "PRON"]);
const OBJECT_HEAD = new Set(["DET", "NOUN", "ADJ", "NUM", "PROPN", "PRON"]);
const ARTICLES = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"]);

const NO_TRIGGERS: readonly Trigger[] = [];

/** Triggers whose first word is the token's lemma, its form as written, or a base form of it. */
function candidatesFor(
  t: Token,
  previous: Token | undefined,
  next: Token | undefined,
  lexicon: Lexicon,
): readonly Trigger[] {
  const byFirstWord = lexicon.byFirstWord;
  const ofLemma = byFirstWord.get(t.lemma);
  const ofNorm = t.norm === t.lemma ? undefined : byFirstWord.get(t.norm);
  // Stems exist only for a token the tagger left unlemmatised; most tokens stop here.
  const bases = t.lemma === t.norm ? stems(t) : NO_STEMS;
  if (bases.length === 0) {
    if (!ofNorm) return ofLemma ?? NO_TRIGGERS;
    if (!ofLemma) return ofNorm;
  }
  // Stem only where a verb can stand: after an auxiliary, adverb, pronoun or quantifier
  // ("have all accused"), not inside a noun phrase ("the Danish shipping group").
  const verbal =
    bases.length > 0 &&
    (t.pos === "VERB" ||
      previous === undefined ||
      (!ARTICLES.has(previous.norm) && VERB_CONTEXT.has(previous.pos)) ||
      // "Lithuania expelling three Russian diplomats": after a name, a verb takes its object.
      ((previous.pos === "PROPN" || previous.pos === "NOUN") &&
        next !== undefined &&
        OBJECT_START.has(next.pos)));
  if (!verbal) {
    if (!ofNorm) return ofLemma ?? NO_TRIGGERS;
    if (!ofLemma) return ofNorm;
  }
  // Keys in order (lemma, form, base forms), each trigger once, as a set of keys would give.
  const out: Trigger[] = [];
  const add = (list: readonly Trigger[] | undefined): void => {
    if (list) for (const trigger of list) if (!out.includes(trigger)) out.push(trigger);
  };
  add(ofLemma);
  add(ofNorm);
  if (verbal) for (const base of bases) add(byFirstWord.get(base));
  return out;
}

/**
 * Base forms of an inflected word the tagger left unlemmatised (mis-tagged participles such as
 * "expelling" or "accused" as nouns or adjectives): expell-ing -> expel, accus-ed -> accuse.
 */
function stems(t: Token): readonly string[] {
  if (t.lemma !== t.norm) return NO_STEMS;
  const w = t.norm;
  let cached = stemCache.get(w);
  if (cached === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    const key = ownCopy(w);
    cached = baseForms(key);
    stemCache.set(key, cached);
  }
  return cached;
}

const NO_STEMS: readonly string[] = [];
/** Base forms by word: the same few thousand words recur in every article. */
const stemCache = new Map<string, readonly string[]>();
const STEM_CACHE_LIMIT = 100_000;

function baseForms(w: string): readonly string[] {
  const m = /^(.{3,}?)(ing|ed|es|s)$/.exec(w);
  if (!m) return NO_STEMS;
  const base = m[1]!;
  const out = [base, `${base}e`];
  if (/(.)\1$/.test(base)) out.push(base.slice(0, -1));
  if (base.endsWith("i")) out.push(`${base.slice(0, -1)}y`);
  return out;
}

/** Verbs, and participles the tagger took for adjectives or nouns ("have all accused"). */
function isVerbal(t: Token): boolean {
  return (
    t.pos === "VERB" ||
    t.pos === "AUX" ||
    ((t.pos === "ADJ" || t.pos === "NOUN") && /(?:ed|ing)$/.test(t.norm))
  );
}

function isNominal(t: Token): boolean {
  return t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ";
}
