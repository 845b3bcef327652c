import type { Sentence } from "../../nlp/annotated-document.js";
import type { Party } from "../arguments/resolve-mention.js";
import type { Occurrence } from "../occurrence.js";

/** Plural heads a readout names its contact's sides by: "the leaders", "both ministers", "the participants". */
const SIDE_HEADS = new Set([
  "leaders",
  "presidents",
  "ministers",
  "premiers",
  "secretaries",
  "sides",
  "parties",
  "participants",
  "counterparts",
]);

/**
 * Whether the sentence opens with a name for the sides of the contact its readout reports, as the
 * subject of what follows: "The two condemned ...", "Both reaffirmed ...", "Participants
 * discussed ...", "The leaders expressed ...", "They reiterated ...". Only at the sentence's start
 * and before the trigger.
 */
export function openedBySides(tokens: Sentence["tokens"], before: number): boolean {
  const n = (i: number): string => tokens[i]?.norm ?? "";
  let i = 0;
  if (n(0) === "they" || n(0) === "both") i = 1;
  else if (n(0) === "the" && n(1) === "two") i = 2;
  else if (n(0) === "the" && SIDE_HEADS.has(n(1))) i = 2;
  else if (n(0) === "participants") i = 1;
  else return false;
  // "The two leaders", "both ministers": the head after the count.
  if (i > 0 && n(0) !== "they" && SIDE_HEADS.has(n(i))) i++;
  // "Both sides' ..." or "The two countries' ..." are possessors, not the sides acting.
  if (n(i) === "'s" || n(i) === "'" || n(i) === "of") return false;
  return i <= before;
}

/**
 * The sides of the first contact the readout reports: its actor and every partner that actor is
 * coded meeting or speaking with in the first two sentences that report a contact (the headline
 * and the lead: a call with four counterparts has five sides). A statement of support is no
 * contact. Empty when no contact was coded before.
 */
export function contactSides(occurrences: readonly Occurrence[], sentence: Sentence): readonly Party[] {
  const contacts = occurrences.filter(
    (o) =>
      o.type === "DIPLOMATIC_COOPERATION" &&
      o.match.trigger.implicitActor !== "contact-sides" &&
      o.sentence.start < sentence.start,
  );
  const first = contacts[0];
  if (!first) return [];
  const lead = [...new Set(contacts.map((o) => o.sentence))].slice(0, 2);
  const sides = new Map<string, Party>([[first.actor.code, first.actor]]);
  for (const o of contacts)
    if (lead.includes(o.sentence) && o.actor.code === first.actor.code && !sides.has(o.target.code))
      sides.set(o.target.code, o.target);
  return [...sides.values()];
}

/** Headlines of an office's own readout of its leader's contact: "Telephone conversation with ...". */
const READOUT_HEADLINE = /^(?:telephone\s+conversations?|conversation|meeting|talks)\s+with\b/iu;

/**
 * The voice of a readout headed by its leader's contact ("Telephone conversation with Federal
 * Chancellor of Germany Olaf Scholz", "Meeting with President of Turkey"): the actor of the contact
 * coded in that headline, who speaks in the readout's agentless passives ("It was noted that ...",
 * "Attention was drawn to ..."). Null for any other headline.
 */
export function readoutVoice(occurrences: readonly Occurrence[], title: Sentence | undefined): Party | null {
  if (!title || !READOUT_HEADLINE.test(title.text.trim())) return null;
  const contact = occurrences.find((o) => o.type === "DIPLOMATIC_COOPERATION" && o.sentence === title);
  return contact ? contact.actor : null;
}

/**
 * "Merkel and Hollande expressed their deep condolences over the attack" in a readout of their call
 * with Putin: a word addressed to no one named goes to a side of the readout's contact (see
 * contactSides) other than those speaking, where one of those speaking is a side of it. Null when
 * none of them is, when no contact was coded before, or when every side is speaking.
 */
export function contactSide(
  occurrences: readonly Occurrence[],
  sentence: Sentence,
  actors: readonly Party[],
): Party | null {
  const sides = contactSides(occurrences, sentence);
  const speaking = new Set(actors.map((p) => p.code));
  if (!sides.some((p) => speaking.has(p.code))) return null;
  return sides.find((p) => !speaking.has(p.code)) ?? null;
}
