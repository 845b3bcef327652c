import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Sentence } from "../../nlp/annotated-document.js";
import { leadingState, personCounts, type PersonCounts } from "./person-counts.js";
import type { Party } from "../arguments/resolve-mention.js";

/**
 * Who acts in a headline that names only the partner: "Meeting with President of Belarus Alexander
 * Lukashenko", "Telephone conversation with Federal Chancellor of Germany Angela Merkel" are the
 * publishing office's own leader's contacts. That is the state whose people the text names most
 * often besides the partner's (the guest of a transcript may speak more than the host), by a clear
 * margin over the next, or named once where no other state's people are; none in the body's sentences, where an actorless "meeting with" is background.
 */
export function headlineSpeaker(
  sentences: readonly Sentence[],
  date: string | null,
  kb: KnowledgeBase,
): (sentence: Sentence, partners: readonly Party[]) => Party | null {
  let counts: PersonCounts | undefined;
  return (sentence, partners) => {
    if (sentence !== sentences[0] || !partners.length) return null;
    counts ??= personCounts(sentences, date, kb);
    // "Telephone conversation with President of Tajikistan Emomali Rahmon. Vladimir Putin and
    // Emomali Rahmon exchanged greetings": a short readout may name its own leader only once.
    return leadingState(counts, new Set(partners.map((p) => p.code)), true);
  };
}
