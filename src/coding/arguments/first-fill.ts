import type { Slot } from "../lexicon/lexicon-schema.js";
import { fillSlot, type SlotFill } from "./slots.js";
import { isActorMention } from "./resolve-mention.js";
import { treeSlot } from "./tree-slot.js";

/** The first of a role's slots that fills, skipping one that holds only the mentions of `exclude`. */
export function firstFill(
  slots: readonly Slot[],
  ctx: Parameters<typeof fillSlot>[1],
  exclude?: SlotFill | null,
): SlotFill | null {
  for (const slot of slots) {
    const f = fillSlot(slot, ctx);
    if (!f) continue;
    if (exclude && f.mentions.every((m) => exclude.mentions.includes(m))) continue;
    return f;
  }
  // Where the word-order slots find nothing, the dependency tree's; the sentence is parsed only
  // when it names a party outside the trigger that the other role has not taken.
  const { sentence, match } = ctx;
  const open = sentence.mentions.some(
    (m) =>
      isActorMention(m) && (m.last <= match.first || m.first >= match.last) && !exclude?.mentions.includes(m),
  );
  if (!open) return null;
  for (const slot of slots) {
    const f = treeSlot(slot, ctx);
    if (!f) continue;
    if (exclude && f.mentions.every((m) => exclude.mentions.includes(m))) continue;
    return f;
  }
  return null;
}
