import type { Token } from "./annotated-document.js";

export type Tense = "past" | "future" | "present";

/** Auxiliaries that put the verb after them ahead of the publication date. */
const MODAL_AHEAD = new Set(["will", "shall", "would", "'ll", "wo"]);
/** "plans to visit", "is due to sign": the infinitive after these looks ahead. */
const AHEAD_BEFORE_TO = new Set(["plan", "expect", "due", "set", "schedule", "intend", "prepare", "going"]);
/** Participles of setting a time: "scheduled for", "planned for", "slated for", "set for". */
const SET_FOR = new Set(["schedule", "plan", "slate", "set", "reschedule", "postpone", "move"]);
/** "was to meet", "is to sign": a form of "be" before "to" and a verb looks ahead. */
const BE_TO = new Set(["is", "are", "was", "were"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);
const PERFECT_AUX = new Set(["has", "have", "'ve"]);
/** Words elsewhere in the sentence that look ahead when no verb near the time decides. */
const AHEAD =
  /\b(?:will|shall|next|upcoming|coming|to be held|scheduled|due to|plans? to|set to|later this)\b/i;

/** Whether a word of the sentence looks ahead ("will", "next", "due to", "plans to"). */
export function looksAhead(text: string): boolean {
  return AHEAD.test(text);
}

/**
 * Which way a time expression at tokens [first, last) looks from the publication date: the
 * tense of the nearest verb that shows one ("met on Friday", "will meet on Friday", "celebrates
 * on Friday"); an infinitive or a form that could be either ("cut", "broadcast") leaves it to the
 * next nearest, and a present form yields to a word that looks ahead elsewhere in the sentence. With none, a word that looks ahead anywhere in the sentence, else any past form,
 * else the present.
 */
export function tenseAt(text: string, tokens: readonly Token[], first: number, last: number): Tense {
  // chrono keeps a comma after the expression ("on Friday,"): it is no part of the distance.
  while (last - 1 > first && tokens[last - 1]!.pos === "PUNCT") last--;
  const next = nextClause(tokens, last);
  for (let d = 1; d < tokens.length; d++) {
    for (const i of [first - d, last - 1 + d]) {
      // "was due to meet them in October, and intended to discuss": a verb of the next clause
      // does not say which way the time looks.
      if (i >= next) continue;
      const t = tokens[i];
      if (!t || t.pos !== "VERB") continue;
      const tense = verbTense(tokens, i);
      // A present form is weak evidence ("exercises" may be a noun): a word looking ahead wins.
      if (tense === "present" && AHEAD.test(text)) return "future";
      if (tense) return tense;
    }
  }
  if (AHEAD.test(text)) return "future";
  return tokens.some((_, i) => tokens[i]!.pos === "VERB" && verbTense(tokens, i) === "past")
    ? "past"
    : "present";
}

const RELATIVE = new Set(["whose", "which", "who", "whom"]);

/** Whether a relative pronoun opens the clause of the verb at i, up to three words before it. */
function afterRelative(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (RELATIVE.has(tokens[k]!.norm)) return true;
  return false;
}

/** The tense a verb's form and auxiliaries show, or null when they show none. */
function verbTense(tokens: readonly Token[], i: number): Tense | null {
  const verb = tokens[i]!;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (t.pos === "PART" && t.norm === "to") {
      const governor = tokens[k - 1];
      // "the issue was to appear on the agenda in October": a past "be" with "to" looks ahead of its past.
      // Not in a relative clause: "a diplomat whose term was to end in 2033" says no more than "ends".
      if (governor && BE_TO.has(governor.norm) && !afterRelative(tokens, k - 1)) return "future";
      return governor && AHEAD_BEFORE_TO.has(governor.lemma) ? "future" : null;
    }
    if (t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART") break;
    if (MODAL_AHEAD.has(t.norm)) return "future";
    if (PAST_AUX.has(t.norm) || PERFECT_AUX.has(t.norm)) return "past";
  }
  const form = verb.norm;
  const lemma = verb.lemma;
  // "the summit, scheduled for November 11": a time something is set for lies ahead. The lemmatizer
  // may miss the participle ("slated" read as "slat"): its form less the "d" names the verb then.
  const setFor = SET_FOR.has(lemma) || SET_FOR.has(form.slice(0, -1));
  if (setFor && tokens[i + 1]?.norm === "for" && form !== lemma) return "future";
  if (form === lemma || form.endsWith("ing")) return null;
  if (form === `${lemma}s` || form === `${lemma}es`) return "present";
  if (lemma.endsWith("y") && form === `${lemma.slice(0, -1)}ies`) return "present";
  return "past";
}

/** Where the clause after the time starts: the first ", and"/", but" or ";" after it. */
function nextClause(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i]!.text === ";") return i;
    if (tokens[i]!.text === "," && tokens[i + 1]?.pos === "CCONJ") return i;
  }
  return tokens.length;
}
