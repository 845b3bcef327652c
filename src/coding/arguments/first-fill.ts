import type { Slot } from "../lexicon/lexicon-schema.js";
import { fillSlot, type SlotFill } from "./slots.js";

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
  return null;
}
