import type { Sentence, Token } from "../../nlp/annotated-document.js";

/** Forms of "be" in the present: "is taking action", "it is my pleasure to welcome you". */
const PRESENT_BE = new Set(["am", "is", "are", "'m", "'re"]);
/** Subjects before a plain present verb: "we welcome", "I thank". */
const PLAIN_SUBJECTS = new Set(["i", "we", "you", "they"]);
/** Verbs of wish that make "would" present: "I would like to thank". */
const WISH = new Set(["like", "love"]);
/** Words after "is" that look ahead: "is expected to", "is due to", "is going to". */
const AHEAD_AFTER_BE = new Set(["expected", "due", "set", "going", "scheduled", "planned", "about", "to"]);
/** Words that make a present habitual, of no one day: "we regularly consult". */
const HABITUAL = new Set([
  "usually",
  "often",
  "regularly",
  "always",
  "traditionally",
  "annually",
  "frequently",
  "generally",
  "normally",
  "routinely",
  "sometimes",
  "repeatedly",
]);

/**
 * Whether the act of a trigger is told in the present, as done while the text speaks: the first
 * verb of its clause is a present ("the United States calls on Russia to halt", "the Department
 * is taking action", "We welcome the decision", "I would like to thank the President"). No
 * habitual present ("we regularly consult", "on a regular basis"), no question, nothing in the past, perfect or future
 * ("we have agreed", "will meet", "is expected to sign"), and no trigger behind a preposition
 * of the clause ("we stand united against Russia's war" tells no new war) or named as known ("we
 * condemn the invasion").
 */
export function isPresentAct(sentence: Sentence, triggerFirst: number, clauseStart: number): boolean {
  const tokens = sentence.tokens;
  if (/\?\s*["'’”]?\s*$/.test(sentence.text)) return false;
  if (tellsHabit(tokens)) return false;
  for (let i = clauseStart; i <= triggerFirst && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    return (
      presentForm(tokens, i) && !underPreposition(tokens, i, triggerFirst) && !knownAct(tokens, triggerFirst)
    );
  }
  return false;
}

/** Whether a sentence tells a habit, of no one day: "we regularly consult", "on a regular basis". */
export function tellsHabit(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) => HABITUAL.has(t.norm) || (t.norm === "regular" && tokens[i + 1]?.norm === "basis"),
  );
}

/** Whether the verb group that starts at token i is a present that is no habit or plan. */
function presentForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = nextWord(tokens, i);
  if (PRESENT_BE.has(t.norm)) return !next || !AHEAD_AFTER_BE.has(next.norm);
  if (t.norm === "would") return !!next && WISH.has(next.norm);
  if (t.pos === "AUX") return false;
  const { norm, lemma } = t;
  if (norm === `${lemma}s` || norm === `${lemma}es`) return true;
  if (lemma.endsWith("y") && norm === `${lemma.slice(0, -1)}ies`) return true;
  if (norm !== lemma) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  const subject = tokens[k];
  // "we welcome", "the ministers condemn": a plain form after its subject.
  return (
    !!subject && (PLAIN_SUBJECTS.has(subject.norm) || (subject.pos === "NOUN" && subject.norm.endsWith("s")))
  );
}

/**
 * A preposition between the verb and the trigger makes the trigger's act another's, older one:
 * "we stand with Ukraine against Russia's war" tells the standing, not the war.
 */
function underPreposition(tokens: readonly Token[], verb: number, triggerFirst: number): boolean {
  for (let k = verb + 1; k < triggerFirst; k++) if (tokens[k]!.pos === "ADP") return true;
  return false;
}

/** Words before a noun that name an act already known: "the invasion", "Russia's war". */
const KNOWN = new Set(["the", "'s", "its", "their", "his", "her", "this", "that", "these", "those"]);

/**
 * A trigger noun with a determiner or a possessor names an act already known, not one the
 * present performs: "the ministers condemn the Russian invasion" dates the condemnation only.
 */
function knownAct(tokens: readonly Token[], triggerFirst: number): boolean {
  const trigger = tokens[triggerFirst]!;
  if (trigger.pos !== "NOUN" && trigger.pos !== "PROPN") return false;
  for (let k = triggerFirst - 1; k >= 0 && k >= triggerFirst - 4; k--) {
    const t = tokens[k]!;
    if (KNOWN.has(t.norm)) return true;
    if (t.pos !== "ADJ" && t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "PUNCT") return false;
  }
  return false;
}

/** The next token that is no adverb or particle: "would also like", "is now taking". */
function nextWord(tokens: readonly Token[], i: number): Token | undefined {
  let k = i + 1;
  while (k < tokens.length && (tokens[k]!.pos === "ADV" || tokens[k]!.norm === "not")) k++;
  return tokens[k];
}
