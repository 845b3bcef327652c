import type { Sentence } from "../../nlp/annotated-document.js";
import type { CoderContext } from "../coder-context.js";
import { contactSides, openedBySides, readoutVoice } from "../discourse/contact-sides.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";
import type { Occurrence } from "../occurrence.js";
import type { Party } from "./resolve-mention.js";

/** Who acts where the sentence names no actor, and how sure that is. */
export interface ImpliedActors {
  readonly actors: readonly Party[];
  readonly confidence: number;
}

/**
 * The actor a trigger's `implicitActor` implies when its slots found none (`issuer` is read
 * before the slots, in argument-filling.ts): the headline's speaker ("Meeting with President of
 * Belarus Alexander Lukashenko": the publishing office's leader), the sides of the readout's
 * contact ("The two condemned ..."), or the readout's voice ("It was noted that ..."). Null when
 * the trigger implies none or the text gives none; never a party among the targets.
 */
export function impliedActors(
  coder: CoderContext,
  sentence: Sentence,
  match: TriggerMatch,
  targets: readonly Party[],
  occurrences: readonly Occurrence[],
): ImpliedActors | null {
  const among = (p: Party): boolean => targets.some((t) => t.code === p.code);
  switch (match.trigger.implicitActor) {
    case "speaker": {
      const speaker = coder.speakerOf(sentence, targets);
      if (speaker) return { actors: [speaker], confidence: 0.5 };
      // "Vladimir Putin: ... there were bilateral meetings with the Presidents of Tajikistan and
      // Moldova": in a transcript's or statement's own words, the speaker's state meets.
      const own = coder.voices.issuerOf(sentence, match.first);
      const voice: Party | null =
        own.length === 1 ? { code: own[0]!, role: null, text: "", group: null } : null;
      return voice && !among(voice) ? { actors: [voice], confidence: 0.5 } : null;
    }
    // "The two condemned Russia's attacks", "Participants discussed their efforts to urge Russia to
    // de-escalate", "Both reaffirmed their support for Ukraine": a readout's sentence opened by its
    // contact's sides has each side act, not on itself.
    case "contact-sides":
      if (!targets.length || !openedBySides(sentence.tokens, match.first)) return null;
      return { actors: contactSides(occurrences, sentence).filter((p) => !among(p)), confidence: 0.6 };
    // "It was noted that Kiev continues to refuse ...": a readout's agentless passive is its voice's.
    case "readout-voice": {
      if (!targets.length) return null;
      const voice = readoutVoice(occurrences, coder.resolved[0]);
      return voice && !among(voice) ? { actors: [voice], confidence: 0.5 } : null;
    }
    default:
      return null;
  }
}
