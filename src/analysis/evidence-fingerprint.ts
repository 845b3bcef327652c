import { createHash } from "node:crypto";
import type { AlignmentWeights } from "./alignment-weights.js";

const cache = new WeakMap<AlignmentWeights, string>();

/**
 * What the stored evidence of the index (table alignment_index) depends on besides the rollup: the
 * window, the role weights, sourceLog, the evidence weights and the events per component, as a
 * sha256. The structural part is not in it (rows are combined with it when read), nor the poles
 * (they are fixed in the rollup when its cells are written). Rows computed with other weights are
 * not used: the index is then computed from the rollup until `curtain index --rebuild`.
 */
export function evidenceFingerprint(weights: AlignmentWeights): string {
  let hash = cache.get(weights);
  if (hash === undefined) {
    const { window, roles, sourceLog, evidence, maxEventsPerComponent } = weights;
    hash = createHash("sha256")
      .update(JSON.stringify({ window, roles, sourceLog, evidence, maxEventsPerComponent }))
      .digest("hex");
    cache.set(weights, hash);
  }
  return hash;
}
