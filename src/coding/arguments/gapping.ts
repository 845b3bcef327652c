import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { isActorMention, resolveMention, type Party } from "./resolve-mention.js";

/** Number words that may stand for an elided verb's object ("and Latvia and Estonia one each"). */
const COUNTS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/**
 * Gapped clauses: "with Lithuania expelling three Russian diplomats and Latvia and Estonia one each"
 * repeats the act for Latvia and Estonia without its verb. Returns the actors of every such
 * remnant (states named right before "NUMBER each") that stands after `after` in the sentence.
 */
export function gappedActors(
  sentence: Sentence,
  after: number,
  date: string | null,
  kb: KnowledgeBase,
): Party[] {
  const tokens = sentence.tokens;
  const out: Party[] = [];
  for (let i = after + 1; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.norm !== "each") continue;
    if (!COUNTS.has(tokens[i]!.norm) && !/^\d+$/.test(tokens[i]!.norm)) continue;
    // The coordinated states just before the count: "Latvia and Estonia".
    const remnant: Mention[] = [];
    let k = i - 1;
    for (;;) {
      const m = sentence.mentions.find((x) => x.last - 1 === k && isActorMention(x));
      if (!m || m.first <= after) break;
      remnant.push(m);
      k = m.first - 1;
      if (tokens[k]?.norm !== "and" && tokens[k]?.text !== ",") break;
      k--;
    }
    for (const m of remnant)
      for (const p of resolveMention(m, date, kb, { allowPlaces: false }))
        if (!out.some((o) => o.code === p.code)) out.push(p);
  }
  return out;
}
