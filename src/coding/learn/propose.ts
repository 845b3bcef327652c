import { EVENT_TYPES, type EventType } from "../event-type.js";
import type { Candidate } from "./candidate.js";
import { pairCandidates } from "./pair-features.js";
import { probability, type ScorerModel } from "./scorer-model.js";

/** An event the scorer proposes: the candidate that states it best, and how sure it is. */
export interface Proposal {
  readonly type: EventType;
  readonly candidate: Candidate;
  readonly probability: number;
}

/**
 * For each ordered pair of parties and each type, the probability that the document states such
 * an event (over the pair's features in all its sentences); when it reaches the threshold, the
 * event is proposed with the sentence that scores highest alone as its evidence.
 */
export function propose(candidates: readonly Candidate[], model: ScorerModel): Proposal[] {
  const out: Proposal[] = [];
  for (const pair of pairCandidates(candidates)) {
    for (const type of EVENT_TYPES) {
      if (!model.types[type]) continue;
      const p = probability(model, type, pair.features);
      if (p < model.threshold) continue;
      let best = pair.candidates[0]!;
      let bestP = -1;
      for (const c of pair.candidates) {
        const q = probability(model, type, c.features);
        if (q > bestP) [best, bestP] = [c, q];
      }
      out.push({ type, candidate: best, probability: p });
    }
  }
  return out;
}
