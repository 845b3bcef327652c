import type { KnowledgeBase } from "../knowledge/types.js";
import type { Sentence } from "../nlp/annotated-document.js";
import { resolveMention, type Party } from "./resolve-mention.js";

/**
 * Who acts in a headline that names only the partner: "Meeting with President of Belarus Alexander
 * Lukashenko", "Telephone conversation with Federal Chancellor of Germany Angela Merkel" are the
 * publishing office's own leader's contacts. That is the state whose people the text names most
 * often besides the partner's (the guest of a transcript may speak more than the host), by a clear
 * margin over the next; none in the body's sentences, where an actorless "meeting with" is background.
 */
export function headlineSpeaker(
  sentences: readonly Sentence[],
  date: string | null,
  kb: KnowledgeBase,
): (sentence: Sentence, partners: readonly Party[]) => Party | null {
  let counts: Map<string, { party: Party; n: number }> | undefined;
  return (sentence, partners) => {
    if (sentence !== sentences[0] || !partners.length) return null;
    counts ??= personCounts(sentences, date, kb);
    const except = new Set(partners.map((p) => p.code));
    const ranked = [...counts.values()].filter((c) => !except.has(c.party.code)).sort((a, b) => b.n - a.n);
    const [first, second] = ranked;
    if (!first || first.n < 2 || (second && first.n < 1.5 * second.n)) return null;
    return { ...first.party, text: "", group: null };
  };
}

/** How often the text names each state's people (leaders, ministers, speakers' labels). */
function personCounts(
  sentences: readonly Sentence[],
  date: string | null,
  kb: KnowledgeBase,
): Map<string, { party: Party; n: number }> {
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
