import type { Token } from "../../nlp/annotated-document.js";
import type { TriggerMatch } from "./trigger-match.js";

/** Verbs whose infinitive after "measures" builds something up: "measures to bolster trade" (not
 *  "increase" or "strengthen": "measures to increase the cost of the war for Russia"). */
const BUILDING = new Set([
  "bolster",
  "boost",
  "promote",
  "develop",
  "facilitate",
  "stimulate",
  "improve",
  "enhance",
  "deepen",
]);

/** Whether a SANCTION match ends in "measures" or "steps" followed by "to" and a verb of building up. */
export function buildingMeasures(tokens: readonly Token[], m: TriggerMatch): boolean {
  if (m.trigger.type !== "SANCTION") return false;
  const noun = tokens[m.last - 1]?.norm;
  if (noun !== "measures" && noun !== "steps") return false;
  return tokens[m.last]?.norm === "to" && BUILDING.has(tokens[m.last + 1]?.norm ?? "");
}
