import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { isBlocModifier, isBlocScheme } from "./bloc-modifier.js";
import { resolveMention, type Party, type ResolveOptions } from "./resolve-mention.js";
import { restrictGroups } from "./restrict-groups.js";
import type { SlotFill } from "./slots.js";

/** The parties a slot's fill names: a weapon's maker, else its mentions resolved at `date`. */
export function partiesOf(
  fill: SlotFill | null,
  date: string | null,
  kb: KnowledgeBase,
  places: ResolveOptions,
  sentence: Sentence,
  asTarget = false,
  acting: readonly Mention[] = [],
): Party[] {
  if (!fill) return [];
  if (fill.slot === "weapon") {
    const out: Party[] = [];
    for (const m of fill.mentions)
      for (const r of m.refs)
        if (r.kind === "weapon") out.push({ code: r.origin, role: null, text: m.text, group: null });
    return out;
  }
  const mentions = fill.mentions.filter((m) =>
    asTarget ? !isBlocModifier(m, sentence, kb) : !isBlocScheme(m, sentence, kb),
  );
  const parties = mentions.flatMap((m) => resolveMention(m, date, kb, places));
  return restrictGroups(parties, mentions, sentence, date, kb, acting);
}
