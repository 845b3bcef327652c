import type { TimeExpression } from "../../nlp/annotated-document.js";

/**
 * A finer date the sentence gives for the same time: "met Putin this year, shaking hands with
 * him in October" is 2023-10, not 2023. The finest date among `times` that extends `date`
 * ("2023-10" extends "2023"), else `date`.
 */
export function finerDate(date: string, times: readonly TimeExpression[]): string {
  let best = date;
  for (const t of times) if (t.date && t.date.length > best.length && t.date.startsWith(best)) best = t.date;
  return best;
}
