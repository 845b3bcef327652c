import type { Sentence } from "../nlp/annotated-document.js";
import { clauseAround } from "./arguments/clause.js";
import { gappedActors } from "./arguments/gapping.js";
import { locationOf } from "./arguments/location-of.js";
import type { CoderContext } from "./coder-context.js";
import { eventDate } from "./dates/event-date.js";
import { initiatorContacts } from "./discourse/contact-initiative.js";
import { followSuit } from "./discourse/follow-suit.js";
import { lastEarlierAct } from "./discourse/last-earlier-act.js";
import { modalityOf } from "./modality/modality.js";
import type { Occurrence } from "./occurrence.js";

/**
 * The discourse passes after a sentence's triggers, which repeat acts coded before: "followed
 * suit", a gapped remnant, the initiator of a contact. Their occurrences are added to `occurrences`.
 */
export function discoursePasses(coder: CoderContext, sentence: Sentence, occurrences: Occurrence[]): void {
  const { doc, kb, boundaries, cues } = coder;
  // "On Friday Finland followed suit": the last act coded before this sentence, by a new actor.
  const follower = followSuit(sentence, () => sentence.times[0]?.date ?? doc.published, kb);
  const followed = follower ? lastEarlierAct(occurrences, sentence) : undefined;
  if (follower && followed) {
    const tokens = sentence.tokens;
    const clause = clauseAround(tokens, follower.at, follower.at + 2, boundaries);
    const modality = modalityOf(
      {
        tokens,
        nearStart: clause.start,
        triggerFirst: follower.at,
        triggerLast: follower.at + 2,
        clauseEnd: clause.end,
        type: followed.type,
        own: undefined,
        warnedByActor: false,
      },
      cues,
    );
    for (const actor of follower.actors)
      if (actor.code !== followed.target.code)
        occurrences.push({
          ...followed,
          match: { trigger: followed.match.trigger, first: follower.at, last: follower.at + 2 },
          sentence,
          actor,
          modality,
          date: eventDate(doc.sentences, sentence, follower.at, clause, doc.published),
          newsDay: null,
          location: locationOf(sentence),
          confidence: 0.5,
        });
  }
  // "... expelling three Russian diplomats and Latvia and Estonia one each": the last act of the
  // sentence again, for the states of the verbless remnant.
  const last = occurrences[occurrences.length - 1];
  if (last && last.sentence === sentence)
    for (const actor of gappedActors(sentence, last.match.last, last.date ?? doc.published, kb))
      if (
        actor.code !== last.target.code &&
        !occurrences.some(
          (o) => o.sentence === sentence && o.type === last.type && o.actor.code === actor.code,
        )
      )
        occurrences.push({ ...last, actor });
  // "At the USA's initiative, Putin had a telephone conversation with Obama": the initiator acts.
  occurrences.push(...initiatorContacts(sentence, occurrences, doc.published, kb));
}
