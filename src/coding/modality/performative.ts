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
