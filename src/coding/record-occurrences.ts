import type { Sentence } from "../nlp/annotated-document.js";
import { locationOf } from "./arguments/location-of.js";
import type { CandidateParties } from "./argument-filling.js";
import type { CoderContext } from "./coder-context.js";
import { eveDate } from "./dates/eve-date.js";
import { headlineDate } from "./dates/headline-date.js";
import { newsDay } from "./dates/news-day.js";
import { restatedDate } from "./dates/restated-date.js";
import { modalityOf } from "./modality/modality.js";
import { nearStartOf } from "./modality/near-start.js";
import { warnedByActor } from "./modality/warned-by-actor.js";
import type { Occurrence } from "./occurrence.js";
import type { Candidate } from "./trigger-candidate.js";
import { withinVoice } from "./arguments/within-voice.js";

/**
 * Records one occurrence per (actor, target) of a candidate, with its modality and date (the
 * clause's, else the headline's, a restated one or the eve of a visit), place and weapon.
 */
export function recordOccurrences(
  coder: CoderContext,
  sentence: Sentence,
  candidate: Candidate,
  parties: CandidateParties,
  occurrences: Occurrence[],
): void {
  const { doc, kb, lexicon, cues } = coder;
  const { match, tokens, clause, type, date, at, actorFill } = candidate;
  const { actors, targets, confidence, issued } = parties;
  const nearStart =
    actorFill && actorFill.slot !== "weapon"
      ? nearStartOf(sentence, actorFill, match.first, clause.start)
      : clause.start;
  // The statement's own verdict is asserted whatever the clause around it says ("must cease its
  // war of aggression"); its own warning is a threat.
  const modality =
    (issued && type !== "THREAT") || match.trigger.modality === "asserted"
      ? "asserted"
      : modalityOf(
          {
            tokens,
            nearStart,
            triggerFirst: match.first,
            triggerLast: match.last,
            clauseEnd: clause.end,
            type,
            own: match.trigger.modality,
            warnedByActor: warnedByActor(sentence, match.first, actors, lexicon.cues.warning, at, kb),
          },
          cues,
        );
  const weaponMention = sentence.mentions.find((m) => m.refs.some((r) => r.kind === "weapon"));
  for (const actor of actors) {
    for (const target of targets) {
      // "We stand with our partners" in a statement of several signatories: one voice, no pairs.
      if (actor.code === target.code || withinVoice(actor, target)) continue;
      occurrences.push({
        type,
        match,
        sentence,
        actor,
        target,
        modality,
        date:
          date ??
          headlineDate(doc, sentence, actor.code, target.code, kb) ??
          restatedDate(doc, sentence, match, actor.code, target.code, kb) ??
          eveDate(type, tokens, match.first, doc.published),
        newsDay: newsDay(doc, sentence, match.first, clause.start),
        location: locationOf(sentence),
        weapon: type === "ARMS_TRANSFER" ? (weaponMention?.text ?? null) : null,
        confidence,
      });
    }
  }
}
