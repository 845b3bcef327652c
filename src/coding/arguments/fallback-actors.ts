import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";
import { resolveMention, type Party } from "./resolve-mention.js";
import type { SlotFill } from "./slots.js";

/** The trigger opens its clause ("Conflict has also been undertaken with Georgia"): nothing governs it. */
export function opensClause(
  sentence: Sentence,
  match: TriggerMatch,
  clause: { start: number; end: number },
): boolean {
  for (let i = match.first - 1; i >= clause.start; i--) {
    const t = sentence.tokens[i]!;
    if (t.pos === "DET" || t.pos === "ADJ") continue;
    // ", and misinformation campaigns have been rife": a coordinated main clause starts here.
    return t.text === "," || (t.pos === "CCONJ" && (i === 0 || sentence.tokens[i - 1]!.text === ","));
  }
  return true;
}

/**
 * An agentless trigger ("Conflict has also been undertaken with Georgia ... as Moscow looks to"):
 * the sentence's other actor that is a clause subject stands in, with lower confidence.
 */
export function fallbackActors(
  sentence: Sentence,
  target: SlotFill | null,
  date: string | null,
  kb: KnowledgeBase,
): Party[] {
  const used = new Set<Mention>(target?.mentions ?? []);
  for (const m of sentence.mentions) {
    if (used.has(m)) continue;
    const previous = sentence.tokens[m.first - 1];
    if (previous && previous.pos === "ADP" && previous.norm !== "as") continue;
    const next = sentence.tokens[m.last];
    if (!next || (next.pos !== "VERB" && next.pos !== "AUX")) continue;
    const parties = resolveMention(m, date, kb, { allowPlaces: false });
    if (parties.length) return parties;
  }
  return [];
}
