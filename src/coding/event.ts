import type { EventType } from "./lexicon/event-type.js";

export type Modality = "asserted" | "threatened" | "planned" | "hypothetical" | "negated";
export type ActorRole = "GOV" | "MIL" | "LEADER" | "MEDIA" | "BUSINESS" | "OPPOSITION";
export type DateSource = "text" | "published" | "none";

export interface Evidence {
  readonly text: string;
  /** Offsets into the document's mainText: mainText.slice(start, end) === text. */
  readonly start: number;
  readonly end: number;
}

export interface EventLocation {
  readonly name: string;
  readonly country: string;
}

/** One actor doing one thing to one target, with the sentence that states it (see CONTRACT.md). */
export interface CodedEvent {
  readonly id: string;
  readonly type: EventType;
  readonly actor: string;
  readonly target: string;
  readonly actorText: string;
  readonly targetText: string;
  readonly actorRole: ActorRole | null;
  readonly modality: Modality;
  readonly date: string | null;
  readonly dateSource: DateSource;
  readonly location: EventLocation | null;
  readonly weapon: string | null;
  readonly cameo: string | null;
  readonly plover: string | null;
  readonly weight: number;
  readonly confidence: number;
  readonly evidence: Evidence;
  /** Further sentences stating the same (type, actor, target) in this document. */
  readonly mentions: readonly Evidence[];
}
