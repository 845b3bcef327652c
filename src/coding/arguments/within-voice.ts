import type { Party } from "./resolve-mention.js";

/** A party named by the first-person pronoun: "we", "us" (not "our countries", "our trade", which
 *  name the states between whom an act may run). */
const FIRST_PERSON = /^(?:we|us)$/iu;

/**
 * Whether one party is the voice's "we" and the other one of the states "we" stands for: a
 * statement's signatories are one voice ("We stand with our partners", "accountability for all
 * those complicit" read back to "we"), and its members are no parties of each other's act
 * through it. "Our two countries" and "our mutual trade" name the states of the voices as two sides
 * and stay.
 */
export function withinVoice(actor: Party, target: Party): boolean {
  return (
    (FIRST_PERSON.test(target.text) && (target.group?.includes(actor.code) ?? false)) ||
    (FIRST_PERSON.test(actor.text) && (actor.group?.includes(target.code) ?? false))
  );
}
