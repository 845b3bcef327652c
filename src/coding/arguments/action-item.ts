import type { Sentence } from "../../nlp/annotated-document.js";

/** Heads of a statement's verbless list item that name the act to follow: "Action to impose ...". */
const ACTION_HEADS = new Set(["action", "actions", "measure", "measures", "step", "steps"]);

/** Whether the sentence is a verbless item "Action to <trigger> ...", its trigger the infinitive. */
export function actionItem(sentence: Sentence, first: number): boolean {
  const tokens = sentence.tokens;
  return (
    first === 2 &&
    ACTION_HEADS.has(tokens[0]!.norm) &&
    tokens[1]!.norm === "to" &&
    tokens[2]!.pos === "VERB" &&
    /^\p{Lu}/u.test(tokens[0]!.text)
  );
}
