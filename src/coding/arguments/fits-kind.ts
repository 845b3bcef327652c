import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Party } from "./resolve-mention.js";

/** Whether a party is of the kind (state or bloc) an event type wants in a role; any, if none. */
export function fitsKind(party: Party, kind: "state" | "bloc" | undefined, kb: KnowledgeBase): boolean {
  if (!kind) return true;
  const bloc = kb.organisations.has(party.code);
  return kind === "bloc" ? bloc : !bloc;
}
