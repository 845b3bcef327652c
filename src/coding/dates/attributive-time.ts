import type { TimeExpression, Token } from "../../nlp/annotated-document.js";

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);
const POSSESSIVE = new Set(["its", "his", "her", "their", "our", "your", "my"]);

/**
 * Where the noun phrase a time modifies ends, when it modifies one: "the 2008 war", "Ukraine's
 * 2014 Maidan uprising", "the November 27 agreement" date the war, the uprising, the agreement,
 * not the act of the clause around them. -1 when the time stands on its own ("in 2014").
 */
export function modifiedNounEnd(tokens: readonly Token[], time: TimeExpression): number {
  const before = tokens[time.first - 1];
  if (!before) return -1;
  const determiner = before.pos === "DET" || before.norm === "'s" || POSSESSIVE.has(before.norm);
  if (!determiner) return -1;
  let end = time.last;
  while (end < tokens.length && NOMINAL.has(tokens[end]!.pos)) end++;
  return end > time.last ? end : -1;
}

/** Prepositions that make a dated noun phrase the time of the clause: "since the 2008 war". */
const TEMPORAL = new Set(["since", "in", "during", "throughout"]);

/**
 * Whether a time may date a trigger at `triggerFirst`: a time that modifies a noun dates only
 * that noun, unless a temporal preposition makes the phrase a time ("occupied since the 2008 war").
 */
export function mayDate(tokens: readonly Token[], time: TimeExpression, triggerFirst: number): boolean {
  const end = modifiedNounEnd(tokens, time);
  if (end < 0 || (triggerFirst >= time.last && triggerFirst < end)) return true;
  return TEMPORAL.has(tokens[time.first - 2]?.norm ?? "") || namedByCopula(tokens, end, triggerFirst);
}

const OF_PHRASE = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * "Qaboos's 1970 overthrow of his father was a British-backed coup": the dated noun phrase is the
 * subject of "be" and the trigger names the same act in its predicate, so the time is the act's.
 */
function namedByCopula(tokens: readonly Token[], end: number, triggerFirst: number): boolean {
  let i = end;
  if (tokens[i]?.norm === "of") {
    i++;
    const stop = i + 5;
    while (i < stop && i < tokens.length && OF_PHRASE.has(tokens[i]!.pos)) i++;
  }
  if (tokens[i]?.lemma !== "be" || triggerFirst <= i) return false;
  for (let k = i + 1; k < triggerFirst; k++) {
    const t = tokens[k]!;
    // "a British-backed coup": a participle inside a hyphenated word is no verb of its own.
    if (t.pos === "VERB" && tokens[k - 1]?.text !== "-") return false;
    if (t.text === "," || t.text === ";") return false;
  }
  return true;
}
