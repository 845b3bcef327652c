import type { Token } from "../../nlp/annotated-document.js";

/** Nouns of striving whose infinitive is someone's act: "the attempts to destabilise". */
const ATTEMPTS = new Set([
  "attempt",
  "attempts",
  "effort",
  "efforts",
  "bid",
  "bids",
  "plot",
  "plots",
  "scheme",
  "schemes",
  "campaign",
  "campaigns",
  "drive",
  "push",
]);
/** Determiners that leave the one striving unnamed ("the", "such", "these"). */
const UNOWNED = new Set(["the", "these", "those", "such", "any", "all", "continued", "ongoing"]);
/** Words before such a phrase that make it what a speaker speaks of, not what the speaker does. */
const ABOUT = new Set([
  "regarding",
  "concerning",
  "about",
  "over",
  "against",
  "at",
  "of",
  "on",
  "condemn",
  "denounce",
  "deplore",
  "decry",
  "reject",
  "oppose",
  "resist",
  "counter",
  "thwart",
  "foil",
  "criticise",
  "criticize",
  "rebuff",
  "repel",
]);

/**
 * Whether the trigger is the infinitive of a striving that the sentence speaks of without owning
 * it: "expressed concern regarding the recent attempts to destabilise Moldova", "condemned the
 * attempts to undermine the government". Whoever speaks of the attempts is not the one attempting,
 * so the clause's subject is no actor of the trigger. An owned striving ("its attempts to",
 * "Moscow's efforts to") or one the subject makes ("made repeated attempts to") is not this.
 */
export function unownedAttempt(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger - 1]?.norm !== "to" || !ATTEMPTS.has(tokens[trigger - 2]?.norm ?? "")) return false;
  let k = trigger - 3;
  while (k >= 0 && !UNOWNED.has(tokens[k]!.norm) && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV"))
    k--;
  if (!UNOWNED.has(tokens[k]?.norm ?? "")) return false;
  const before = tokens[k - 1];
  return before !== undefined && (ABOUT.has(before.norm) || ABOUT.has(before.lemma));
}
