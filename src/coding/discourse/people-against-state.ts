import type { Occurrence } from "../occurrence.js";

/**
 * "We stand with the people of Belarus" in a text where the same actor sanctions or condemns
 * Belarus: support of a people against its state, no cooperation with the state. Dropped in place.
 */
export function dropPeopleAgainstState(occurrences: Occurrence[]): void {
  const hostile = new Set(
    occurrences
      .filter((o) => (o.type === "SANCTION" || o.type === "CRITICISM") && o.modality === "asserted")
      .map((o) => `${o.actor.code}|${o.target.code}`),
  );
  for (let i = occurrences.length - 1; i >= 0; i--) {
    const o = occurrences[i]!;
    if (o.type !== "DIPLOMATIC_COOPERATION" || !hostile.has(`${o.actor.code}|${o.target.code}`)) continue;
    if (namesPeople(o.sentence.text, o.target.text)) occurrences.splice(i, 1);
  }
}

/** Whether a sentence names a state by its people: "the people of Belarus", "the Belarusian people". */
function namesPeople(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const n = name.toLowerCase();
  return [`people of ${n}`, `people of the ${n}`, `${n} people`, `${n} citizens`, `citizens of ${n}`].some(
    (p) => lower.includes(p),
  );
}
