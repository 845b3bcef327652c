import type { Mention, Sentence } from "../nlp/annotated-document.js";
import { candidateParties } from "./argument-filling.js";
import type { CoderContext } from "./coder-context.js";
import { findTriggers, type TriggerMatch } from "./lexicon/trigger-match.js";
import { clauseHas } from "./lexicon/trigger-needs.js";
import { clauseAround } from "./arguments/clause.js";
import type { Occurrence } from "./occurrence.js";
import { recordOccurrences } from "./record-occurrences.js";
import { triggerCandidate } from "./trigger-candidate.js";

/**
 * The trigger pass over sentence `i`: each trigger match becomes a candidate, gets its parties and
 * is recorded in `occurrences` (which later matches of the sentence read).
 */
export function codeTriggers(
  coder: CoderContext,
  i: number,
  previousPerson: Mention | null,
  occurrences: Occurrence[],
  /** The person the sentence before opened with as its subject (arguments/opening-subject.ts). */
  previousSubject: Mention | null = null,
): void {
  const sentence = coder.resolved[i]!;
  // A trigger whose clause lacks a word it needs hides no other over the same words.
  const matches = findTriggers(sentence.tokens, coder.lexicon, (m) => hasNeeded(coder, sentence, m));
  for (const match of matches) {
    const candidate = triggerCandidate(coder, sentence, match, matches, previousPerson, previousSubject);
    if (!candidate) continue;
    const parties = candidateParties(coder, i, candidate, occurrences);
    if (!parties) continue;
    recordOccurrences(coder, sentence, candidate, parties, occurrences);
  }
}

/** Whether the match's clause has a word its trigger `needs` (any clause, for one that needs none). */
function hasNeeded(coder: CoderContext, sentence: Sentence, match: TriggerMatch): boolean {
  const needed = match.trigger.needs;
  if (!needed) return true;
  const clause = clauseAround(sentence.tokens, match.first, match.last, coder.boundaries);
  return clauseHas(sentence, clause, match, coder.needs[needed], needed === "arms");
}
