import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { CoderContext } from "../coder-context.js";
import { contactPair, contactPartner } from "../discourse/contact-pair.js";
import { contactSide } from "../discourse/contact-sides.js";
import type { Occurrence } from "../occurrence.js";
import { objectAfter, type Candidate } from "../trigger-candidate.js";
import { resolveMention, type Party } from "./resolve-mention.js";

/** The parties of a candidate once the sides of a contact have stood in for a missing target. */
export interface ContactParties {
  readonly actors: readonly Party[];
  readonly targets: readonly Party[];
}

/**
 * A target taken from the sides of a contact, for a candidate whose sentence names none: the two
 * sides of the contact the readout reports ("Putin met Orban. Bilateral trade grew",
 * `implicitTarget: contact-pair`), the other side of it ("Merkel and Hollande expressed their
 * condolences" in a call with Putin, `contact-side`), or the two states one description names
 * together ("The leaders of the two countries spoke by telephone"). The actors may change with it
 * (the first side acts); the targets are empty when no contact stands in.
 */
export function contactTargets(
  coder: CoderContext,
  candidate: Candidate,
  sentence: Sentence,
  actors: readonly Party[],
  occurrences: readonly Occurrence[],
): ContactParties {
  const { kb, voices } = coder;
  const { match, type, at, actorFill } = candidate;
  // "Trade between the two countries grew": one mention for both sides, the first acting.
  if (match.trigger.implicitTarget === "contact-pair") {
    const sides =
      actorFill?.mentions.length === 1
        ? resolveMention(actorFill.mentions[0]!, at, kb, { allowPlaces: false })
        : [];
    const both = sides.length === 2;
    const spoken = voices.issuerOf(sentence, match.first).length > 0;
    const contact = !actorFill || both ? contactPair(occurrences, sentence, match, at, kb, spoken) : null;
    if (contact) return { actors: [contact.actor], targets: [contact.target] };
    if (both) return { actors: sides.slice(0, 1), targets: sides.slice(1) };
    if (actors.length === 1) {
      // "We regularly conduct joint exercises": shared with the other side of the contact.
      const partner = contactPartner(occurrences, actors[0]!, sentence, match, at, kb, spoken);
      if (partner) return { actors, targets: [partner] };
    }
  }
  if (match.trigger.implicitTarget === "contact-side") {
    const side = contactSide(occurrences, sentence, actors);
    if (side) return { actors, targets: [side] };
  }
  // "Turkey and Greece ... The leaders of the two countries spoke by telephone": a subject that
  // refers back to two states together stands for both sides of a contact, the first acting.
  if (
    type === "DIPLOMATIC_COOPERATION" &&
    actorFill?.slot === "subject" &&
    actorFill.mentions.length === 1 &&
    pairGroup(actorFill.mentions[0]!) &&
    (match.trigger.reciprocal === true || !objectAfter(sentence, match))
  ) {
    const sides = resolveMention(actorFill.mentions[0]!, at, kb, { allowPlaces: false });
    if (sides.length === 2 && sides[0]!.code !== sides[1]!.code)
      return { actors: sides.slice(0, 1), targets: sides.slice(1) };
  }
  return { actors, targets: [] };
}

/** A description resolved to two states named together ("the two countries", "both countries"). */
function pairGroup(m: Mention): boolean {
  const ref = m.refs[0];
  return m.refs.length === 1 && ref?.kind === "group" && !ref.as && ref.members.length === 2;
}
