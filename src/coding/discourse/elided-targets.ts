import type { Sentence } from "../../nlp/annotated-document.js";
import type { Party } from "../arguments/resolve-mention.js";
import type { EventType } from "../lexicon/event-type.js";
import type { Occurrence } from "../occurrence.js";

/** The targets of an earlier occurrence of the same type in the same sentence by other actors. */
export function elidedTargets(
  occurrences: readonly Occurrence[],
  sentence: Sentence,
  type: EventType,
  actors: readonly Party[],
): Party[] {
  const codes = new Set(actors.map((a) => a.code));
  const same = occurrences.filter((o) => o.sentence === sentence && o.type === type);
  // "Xi hosted the leaders of Kazakhstan and Kyrgyzstan ... met": those acted on are not new actors.
  if (same.some((o) => codes.has(o.target.code))) return [];
  const out: Party[] = [];
  for (const o of same)
    if (
      o.sentence === sentence &&
      o.type === type &&
      !codes.has(o.actor.code) &&
      !out.some((p) => p.code === o.target.code)
    )
      out.push(o.target);
  return out;
}
