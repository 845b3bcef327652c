import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Sentence } from "../../nlp/annotated-document.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";
import type { SlotFill } from "../arguments/slots.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";

/** The prepositions whose target a sentence may go on to repeat with the act left unsaid. */
const REPEATABLE = new Set(["to", "with"]);
/** Words that end the stretch where a repeated target may stand: another clause begins. */
const STOPS = new Set([
  ";",
  ":",
  "(",
  ")",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "which",
  "who",
  "that",
  "because",
]);

/**
 * "Our trade with China increased by 34 percent and with India by 87 percent", "gas supplies to
 * Germany are up by 44 percent, up by 42 percent to Italy, 73 percent to France": the states a
 * sentence names after the same preposition as the target, later in the same clause with no verb
 * of their own, are targets of the same act. Empty when the target's slot is no such preposition.
 */
export function repeatedTargets(
  sentence: Sentence,
  match: TriggerMatch,
  targetFill: SlotFill | null,
  at: string | null,
  kb: KnowledgeBase,
): Party[] {
  if (!targetFill || !REPEATABLE.has(targetFill.slot) || !targetFill.mentions.length) return [];
  const tokens = sentence.tokens;
  const end = Math.max(match.last, ...targetFill.mentions.map((m) => m.last));
  const out: Party[] = [];
  let joined = false;
  for (let k = end; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (STOPS.has(t.norm) || t.pos === "VERB") break;
    if (t.norm === "and" || t.text === ",") joined = true;
    if (!joined || t.norm !== targetFill.slot) continue;
    const j = tokens[k + 1]?.norm === "the" ? k + 2 : k + 1;
    const m = sentence.mentions.find((x) => x.first === j);
    if (!m) continue;
    // "and its humanitarian response to Russia's war": a possessor names whose thing it is, no
    // further target.
    if (tokens[m.last]?.norm === "'s") {
      k = m.last;
      continue;
    }
    for (const p of resolveMention(m, at, kb, { allowPlaces: false }))
      if (!out.some((o) => o.code === p.code)) out.push(p);
    k = m.last - 1;
  }
  return out;
}
