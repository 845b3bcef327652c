import type { Slot } from "../lexicon/lexicon-schema.js";
import { fillSlot, type SlotFill } from "./slots.js";
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
  // Where the word-order slots find nothing, the dependency tree's.
  for (const slot of slots) {
    const f = treeSlot(slot, ctx);
    if (!f) continue;
    if (exclude && f.mentions.every((m) => exclude.mentions.includes(m))) continue;
    return f;
  }
  return null;
}
