import type { EventType } from "../lexicon/event-type.js";
import type { Candidate } from "./candidate.js";
import { pairCandidates } from "./pair-features.js";
import { scores, sigmoid, weightVectors, type ScorerModel } from "./scorer-model.js";

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
  const vectors = weightVectors(model);
  const n = vectors.types.length;
  const z = new Float64Array(n);
  /** Each candidate's scores, computed when its pair reaches the threshold for some type. */
  let own: Float64Array[] | null = null;
  for (const pair of pairCandidates(candidates)) {
    scores(vectors, pair.features, z);
    own = null;
    for (let t = 0; t < n; t++) {
      const p = sigmoid(z[t]!);
      if (p < model.threshold) continue;
      own ??= pair.candidates.map((c) => {
        const s = new Float64Array(n);
        scores(vectors, c.features, s);
        return s;
      });
      let best = pair.candidates[0]!;
      let bestP = -1;
      pair.candidates.forEach((c, i) => {
        const q = sigmoid(own![i]![t]!);
        if (q > bestP) [best, bestP] = [c, q];
      });
      out.push({ type: vectors.types[t]!, candidate: best, probability: p });
    }
  }
  return out;
}
