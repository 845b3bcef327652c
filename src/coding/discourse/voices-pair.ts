import type { Mention } from "../../nlp/annotated-document.js";
import type { Party } from "../arguments/resolve-mention.js";
import type { SlotFill } from "../arguments/slots.js";

/**
 * "Our mutual trade grew", "our two countries signed a gas deal": one mention standing for the
 * voices of a transcript or statement (src/coding/discourse/first-person.ts) names both parties of a
 * cooperation that neither leads; as with "Russia and Serbia signed a gas deal", the first acts on
 * the others. Returns the split, or null when the fill is no such mention.
 */
export function voicesPair(
  fill: SlotFill | null,
  parties: readonly Party[],
): { actors: Party[]; targets: Party[] } | null {
  if (!fill || fill.mentions.length !== 1 || parties.length < 2) return null;
  const voices = isVoices(fill.mentions[0]!);
  if (!voices) return null;
  return { actors: parties.slice(0, 1), targets: parties.slice(1) };
}

/** A first-person mention standing for all the voices: "our countries", "our mutual trade". */
export function isVoices(m: Mention): boolean {
  return m.refs.length === 1 && m.refs[0]!.kind === "group" && m.refs[0]!.id === "signatories";
}
