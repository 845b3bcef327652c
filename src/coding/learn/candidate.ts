import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { Party } from "../arguments/resolve-mention.js";

/** How a party is named in its sentence. */
export type PartyKind =
  "person" | "name" | "adjective" | "metonym" | "group" | "place" | "described" | "we" | "implicit";

/** One party named (or implied) in a sentence: where, how, and who it is. */
export interface SentenceParty {
  readonly party: Party;
  readonly kind: PartyKind;
  /** Token span in the sentence; null for the document's implied speaker. */
  readonly mention: Pick<Mention, "first" | "last"> | null;
}

/** An ordered pair of parties of one sentence that may be an event's actor and target. */
export interface Candidate {
  readonly sentence: Sentence;
  readonly actor: SentenceParty;
  readonly target: SentenceParty;
  /** Feature names (the model is per event type; the features are not). */
  readonly features: readonly string[];
  /** Token the event is anchored at (the word governing both parties), for modality and date. */
  readonly anchor: number;
}
