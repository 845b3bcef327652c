import type { Token } from "../nlp/annotated-document.js";
import type { Lexicon, Step, Trigger } from "./lexicon.js";

export interface TriggerMatch {
  readonly trigger: Trigger;
  /** Token indices of the first and one past the last matched word. */
  readonly first: number;
  readonly last: number;
}

/** A gap does not run past the end of a clause. */
const STOP = /^[.;:!?()]$/;

/** Every trigger occurrence in a sentence; where two overlap, the longer pattern wins. */
export function findTriggers(tokens: readonly Token[], lexicon: Lexicon): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const candidates = candidatesFor(t, tokens[i - 1], tokens[i + 1], lexicon);
    if (!candidates.length) continue;
    for (const trigger of candidates) {
      if (trigger.pos === "verb" && !isVerbal(t)) continue;
      if (trigger.pos === "noun" && !isNominal(t)) continue;
      if (trigger.intransitive && OBJECT_HEAD.has(tokens[i + 1]?.pos ?? "")) continue;
      const last = matchSteps(tokens, i, trigger.steps);
      if (last > 0) found.push({ trigger, first: i, last });
    }
  }
  // Longer (more specific) matches first; drop matches inside an already kept one of the same type.
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const kept: TriggerMatch[] = [];
  for (const m of found) {
    const inside = kept.some(
      (k) =>
        m.first >= k.first &&
        m.last <= k.last &&
        !k.trigger.keepsInner &&
        (k.trigger.type === m.trigger.type || m.last - m.first === 1),
    );
    if (!inside) kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
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
  return words.has(t.lemma) || words.has(t.norm) || stems(t).some((s) => words.has(s));
}

const VERB_CONTEXT = new Set(["AUX", "ADV", "PRON", "DET", "PART", "PUNCT", "CCONJ", "SCONJ", "ADP"]);
const OBJECT_START = new Set(["DET", "NUM", "PRON"]);
const OBJECT_HEAD = new Set(["DET", "NOUN", "ADJ", "NUM", "PROPN", "PRON"]);
const ARTICLES = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her"]);

/** Triggers whose first word is the token's lemma, its form as written, or a base form of it. */
function candidatesFor(
  t: Token,
  previous: Token | undefined,
  next: Token | undefined,
  lexicon: Lexicon,
): readonly Trigger[] {
  // Stem only where a verb can stand: after an auxiliary, adverb, pronoun or quantifier
  // ("have all accused"), not inside a noun phrase ("the Danish shipping group").
  const verbal =
    t.pos === "VERB" ||
    previous === undefined ||
    (!ARTICLES.has(previous.norm) && VERB_CONTEXT.has(previous.pos)) ||
    // "Lithuania expelling three Russian diplomats": after a name, a verb takes its object.
    ((previous.pos === "PROPN" || previous.pos === "NOUN") &&
      next !== undefined &&
      OBJECT_START.has(next.pos));
  const keys = new Set([t.lemma, t.norm, ...(verbal ? stems(t) : [])]);
  const out: Trigger[] = [];
  for (const k of keys)
    for (const trigger of lexicon.byFirstWord.get(k) ?? []) if (!out.includes(trigger)) out.push(trigger);
  return out;
}

/**
 * Base forms of an inflected word the tagger left unlemmatised (mis-tagged participles such as
 * "expelling" or "accused" as nouns or adjectives): expell-ing -> expel, accus-ed -> accuse.
 */
function stems(t: Token): string[] {
  if (t.lemma !== t.norm) return [];
  const w = t.norm;
  const m = /^(.{3,}?)(ing|ed|es|s)$/.exec(w);
  if (!m) return [];
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
