import type { Token } from "../../nlp/annotated-document.js";

/** Words that make a verdict someone else's: "the so-called Russian aggression", "what Kyiv calls". */
const OTHERS_VERDICT = new Set([
  "so-called",
  "alleged",
  "allegedly",
  "supposed",
  "purported",
  "call",
  "calls",
  "called",
]);

/** Whether a verdict at `first` is reported as another's rather than given ("so-called", "what it called"). */
export function reportedVerdict(tokens: readonly Token[], first: number): boolean {
  for (let k = Math.max(0, first - 5); k < first; k++) if (OTHERS_VERDICT.has(tokens[k]!.norm)) return true;
  return false;
}
