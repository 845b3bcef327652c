import type { Token } from "../../nlp/annotated-document.js";
import type { EventType } from "../lexicon/event-type.js";
import { awaitingCue } from "../modality/modality.js";

/**
 * "On the eve of his official visit to Italy": a contact due the day after publication, dated by
 * the publication's month (the text gives no day of its own).
 */
export function eveDate(
  type: EventType,
  tokens: readonly Token[],
  at: number,
  published: string | null,
): string | null {
  if (type !== "DIPLOMATIC_COOPERATION" || !published) return null;
  return awaitingCue(tokens, at) === "eve" ? published.slice(0, 7) : null;
}
