import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EVENT_TYPES, type EventType } from "../lexicon/event-type.js";
import { decodeScorerModel } from "./scorer-file.js";

/**
 * A logistic model per event type over a candidate pair's features: the probability that the
 * sentence states an event of that type from the first party to the second. `threshold` is the
 * probability from which a candidate becomes an event (chosen by cross-validation in training).
 */
export interface ScorerModel {
  readonly version: 1;
  readonly threshold: number;
  /** Platt scaling of the raw score, fitted on cross-validated proposals: what `confidence` reports. */
  readonly calibration: { readonly a: number; readonly b: number };
  readonly types: Partial<Record<EventType, Readonly<Record<string, number>>>>;
}

export const SCORER_MODEL_FILE = fileURLToPath(new URL("../../../data/coder/scorer.bin", import.meta.url));

let shipped: ScorerModel | null = null;

/** The shipped model (data/coder/scorer.bin, see scorer-file.ts), read on first use (~10 ms). */
export function shippedScorerModel(): ScorerModel {
  if (!shipped) {
    const { model, vectors } = decodeScorerModel(readFileSync(SCORER_MODEL_FILE), SCORER_MODEL_FILE);
    vectorsOf.set(model.types, vectors);
    shipped = model;
  }
  return shipped;
}

/**
 * The model's probability for one type over a list of feature names. A feature the type has no
 * weight for adds 0, so the sum is that of the type's weights alone, to the last bit.
 */
export function probability(model: ScorerModel, type: EventType, features: readonly string[]): number {
  const { types, rowOf, weights } = weightVectors(model);
  const t = types.indexOf(type);
  if (t < 0) return 0;
  const n = types.length;
  let z = 0;
  for (const f of features) {
    const row = rowOf.get(f);
    if (row !== undefined) z += weights[row * n + t]!;
  }
  return sigmoid(z);
}

/**
 * The model's weights by feature: one row per feature name, one number in it per type the model
 * has (in `EVENT_TYPES` order; 0 where the type has no weight for the feature).
 */
export interface WeightVectors {
  readonly types: readonly EventType[];
  /** The row of each feature name. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Row after row: the weight of feature row r for type t at r * types.length + t. */
  readonly weights: Float64Array;
}

// Keyed by the weights, not the model: callers spread a model to change its threshold.
const vectorsOf = new WeakMap<ScorerModel["types"], WeightVectors>();

/** The weights of `model` by feature, built on first use. */
export function weightVectors(model: ScorerModel): WeightVectors {
  let v = vectorsOf.get(model.types);
  if (!v) {
    const types = EVENT_TYPES.filter((t) => model.types[t]);
    const rowOf = new Map<string, number>();
    for (const t of types)
      for (const f of Object.keys(model.types[t]!)) if (!rowOf.has(f)) rowOf.set(f, rowOf.size);
    const weights = new Float64Array(rowOf.size * types.length);
    types.forEach((t, i) => {
      for (const [f, w] of Object.entries(model.types[t]!)) weights[rowOf.get(f)! * types.length + i] = w;
    });
    v = { types, rowOf, weights };
    vectorsOf.set(model.types, v);
  }
  return v;
}

/**
 * The raw score of every type of `vectors` over a list of feature names, into `out`: one map
 * lookup a feature for all types. Each sum runs in the order of the features, as `probability`'s,
 * so the numbers are the same to the last bit.
 */
export function scores(vectors: WeightVectors, features: readonly string[], out: Float64Array): void {
  const n = vectors.types.length;
  const { rowOf, weights } = vectors;
  out.fill(0, 0, n);
  for (const f of features) {
    const row = rowOf.get(f);
    if (row === undefined) continue;
    const at = row * n;
    for (let t = 0; t < n; t++) out[t]! += weights[at + t]!;
  }
}

/** The logistic function: a probability from a raw score. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The calibrated probability that a proposal with raw probability p is right. */
export function calibrated(model: ScorerModel, p: number): number {
  const z = Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));
  return 1 / (1 + Math.exp(-(model.calibration.a * z + model.calibration.b)));
}
