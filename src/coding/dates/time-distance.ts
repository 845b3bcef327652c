import type { TimeExpression, Token } from "../../nlp/annotated-document.js";

/** Marks that end a phrase: a time beyond one belongs less to the trigger than one before it. */
const BREAKS = new Set([",", ";", "—", "–", "(", ")"]);
/** What crossing one break costs, in tokens. */
const BREAK_COST = 20;
/** What crossing another verb costs: "launched an offensive to retake land held since 1994". */
const VERB_COST = 10;

/**
 * How far a time is from a trigger at token `at`, in tokens, plus a cost for each comma, dash or
 * bracket and each other verb between them: in "bought from Turkey since 2019, and Britain
 * delivered missiles last month" the delivery is last month's, in "launched an offensive on
 * 27 September to retake land held since 1994" the offensive is September's. A time that opens the sentence, before any verb, frames
 * the whole of it ("On Monday, Riga expelled ...") and crosses no break.
 */
export function timeDistance(tokens: readonly Token[], time: TimeExpression, at: number): number {
  const before = time.last <= at;
  const distance = before ? at - time.last : time.first - at;
  if (before && opensSentence(tokens, time)) return distance;
  const [from, to] = before ? [time.last, at] : [at, time.first];
  let cost = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (BREAKS.has(t.text)) cost += BREAK_COST;
    else if (t.pos === "VERB" && i !== at) cost += VERB_COST;
  }
  return distance + cost;
}

function opensSentence(tokens: readonly Token[], time: TimeExpression): boolean {
  for (let i = 0; i < time.first; i++) {
    const pos = tokens[i]!.pos;
    if (pos === "VERB" || pos === "AUX") return false;
  }
  return true;
}
