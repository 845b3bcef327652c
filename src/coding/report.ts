import type { Sentence } from "../nlp/annotated-document.js";
import type { EventLocation, Modality } from "./event.js";
import type { EventType } from "./lexicon/event-type.js";
import type { Party } from "./arguments/resolve-mention.js";

/** One sentence's report of an event, before the reports of the same fact are merged. */
export interface Report {
  readonly type: EventType;
  readonly sentence: Sentence;
  readonly actor: Party;
  readonly target: Party;
  readonly modality: Modality;
  readonly date: string | null;
  /**
   * The day the report's own moment gives when no mention dates the event (see newsDay): the
   * publication date, for a headline's news.
   */
  readonly newsDay?: string | null;
  readonly location: EventLocation | null;
  readonly weapon: string | null;
  readonly confidence: number;
}
