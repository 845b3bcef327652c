import type { Token } from "../../nlp/annotated-document.js";
import type { TriggerMatch } from "./trigger-match.js";

/** "threatened to cut gas": the threat is of a typed act, which carries the event instead. */
export function introducesTypedAct(
  threat: TriggerMatch,
  matches: readonly TriggerMatch[],
  clause: { start: number; end: number },
  tokens: readonly Token[],
  warnings: ReadonlySet<string>,
): boolean {
  // A bare "warned that ..." introduces what follows; "vowed to retaliate", "warned of consequences"
  // name their own response.
  const bare = threat.last - threat.first === 1 && warnings.has(tokens[threat.first]!.lemma);
  return matches.some(
    (m) =>
      m !== threat &&
      m.trigger.type !== "THREAT" &&
      m.first >= threat.last &&
      m.first <= threat.last + 8 &&
      m.first < clause.end + 8 &&
      // "vowed to respond if NATO deployed troops": a threat that names its own response is not
      // about the act in its condition (a bare "warned that if ..." still introduces it).
      !(!bare && conditionBetween(tokens, threat.last, m.first)),
  );
}

/**
 * Whether a condition opens between two tokens: "if", "unless", an inverted "should" ("should it
 * pursue further aggression"), "in response to" ("in response to any further military action").
 */
function conditionBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.norm === "if" || t.norm === "unless") return true;
    if (t.norm === "should" && tokens[i - 1]?.text === ",") return true;
    if (t.norm === "response" && tokens[i - 1]?.norm === "in" && tokens[i + 1]?.norm === "to") return true;
  }
  return false;
}
