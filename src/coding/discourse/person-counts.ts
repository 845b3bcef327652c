import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Sentence } from "../../nlp/annotated-document.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";

/** How often a text names one state's people (leaders, ministers, speakers' labels). */
export type PersonCounts = ReadonlyMap<string, { readonly party: Party; readonly n: number }>;

/** Counts, per state, the mentions of its people in the sentences. */
export function personCounts(
  sentences: readonly Sentence[],
  date: string | null,
  kb: KnowledgeBase,
): PersonCounts {
  const counts = new Map<string, { party: Party; n: number }>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (!m.refs.some((r) => r.kind === "person")) continue;
      for (const party of resolveMention(m, date, kb, { allowPlaces: false })) {
        const c = counts.get(party.code);
        if (c) c.n++;
        else counts.set(party.code, { party, n: 1 });
      }
    }
  return counts;
}

/**
 * The state whose people the text names most often, leaving out `except`: at least twice and
 * 1.5 times as often as the next; null when none leads by that margin. With `once`, a state
 * whose people are the only ones named (besides `except`) leads when named once.
 */
export function leadingState(
  counts: PersonCounts,
  except: ReadonlySet<string> = new Set(),
  once = false,
): Party | null {
  const ranked = [...counts.values()].filter((c) => !except.has(c.party.code)).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < (once && !second ? 1 : 2) || (second && first.n < 1.5 * second.n)) return null;
  return { ...first.party, text: "", group: null };
}
