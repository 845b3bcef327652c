import type { Token } from "../../nlp/annotated-document.js";

/** Speech acts that are done by saying them: "I would like to thank", "let me congratulate". */
const SPEECH_ACTS = new Set([
  "thank",
  "congratulate",
  "express",
  "extend",
  "convey",
  "welcome",
  "greet",
  "offer",
  "pass",
  "reaffirm",
  "reiterate",
  "condemn",
]);

/**
 * "I would like to thank the Turkish government", "We would also like to once again congratulate
 * you": a polite wish to perform a speech act performs it, so its "would" is no hypothesis. Only
 * the trigger's own verb counts, right after "would like to" (a few adverbs may stand between);
 * so does "I want to thank", "we wish to express".
 */
export function isPerformative(tokens: readonly Token[], triggerFirst: number): boolean {
  if (!SPEECH_ACTS.has(tokens[triggerFirst]?.lemma ?? "")) return false;
  let i = triggerFirst - 1;
  while (i >= 0 && tokens[i]!.pos === "ADV") i--;
  if (tokens[i]?.norm !== "to") return false;
  i--;
  while (i >= 0 && tokens[i]!.pos === "ADV") i--;
  // "I want to thank you", "we wish to express": a wish with no "would" performs it too.
  if (tokens[i]?.lemma === "want" || tokens[i]?.lemma === "wish") return true;
  if (tokens[i]?.norm !== "like") return false;
  i--;
  while (i >= 0 && tokens[i]!.pos === "ADV") i--;
  return tokens[i]?.norm === "would";
}

/**
 * Where the verb chain of a trigger starts once a performed speech act before it is left out: "I
 * want to thank you for the progress in the defence sphere" thanks for a progress made, which the
 * wish ("want to") does not make a plan. The index after the last performative verb between `from`
 * and `to`, else `from`.
 */
export function afterPerformative(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isPerformative(tokens, i)) return i + 1;
  return from;
}
