import type { Token } from "../../nlp/annotated-document.js";
import type { TriggerMatch } from "./trigger-match.js";

/**
 * "announced additional security assistance for Ukraine", "provide $60 million in immediate
 * military assistance": an aid pattern whose words span an arms pattern's names the weapons it
 * gives, not aid; the arms pattern codes it ("security assistance and humanitarian aid" keeps the
 * aid named on its own). Removes such aid matches from `kept` in place.
 */
export function withoutAidOverArms(tokens: readonly Token[], kept: TriggerMatch[]): void {
  const arms = kept.filter((k) => k.trigger.type === "ARMS_TRANSFER");
  const armsInside = (m: TriggerMatch): boolean =>
    m.trigger.type === "AID" &&
    arms.some((k) => k.first > m.first && k.last <= m.last && !aidListed(tokens, k.last));
  if (arms.length && kept.some(armsInside))
    kept.splice(0, kept.length, ...kept.filter((m) => !armsInside(m)));
}

/** Words of aid that a list may add to arms: "security assistance and humanitarian aid". */
const AID_WORDS = new Set(["humanitarian", "economic", "financial", "aid", "relief", "medical"]);

/** Whether an aid word is coordinated right after the words ending at `end` ("... and humanitarian aid"). */
function aidListed(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.norm !== "and" && tokens[end]?.text !== ",") return false;
  return tokens.slice(end + 1, end + 4).some((t) => AID_WORDS.has(t.norm));
}
