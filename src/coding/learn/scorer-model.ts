import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EVENT_TYPES, type EventType } from "../event-type.js";

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

export const SCORER_MODEL_FILE = fileURLToPath(new URL("../../../data/coder/scorer.json", import.meta.url));

let shipped: ScorerModel | null = null;

/** The shipped model (data/coder/scorer.json), read on first use. */
export function shippedScorerModel(): ScorerModel {
  shipped ??= JSON.parse(readFileSync(SCORER_MODEL_FILE, "utf8")) as ScorerModel;
  return shipped;
}

/** The model's probability for one type over a list of feature names. */
export function probability(model: ScorerModel, type: EventType, features: readonly string[]): number {
  const weights = model.types[type];
  if (!weights) return 0;
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

/** The model's weights by feature: one number per type the model has, in `EVENT_TYPES` order. */
export interface WeightVectors {
  readonly types: readonly EventType[];
  readonly byFeature: ReadonlyMap<string, Float64Array>;
}

// Keyed by the weights, not the model: callers spread a model to change its threshold.
const vectorsOf = new WeakMap<ScorerModel["types"], WeightVectors>();

/** The weights of `model` by feature, built on first use. */
export function weightVectors(model: ScorerModel): WeightVectors {
  let v = vectorsOf.get(model.types);
  if (!v) {
    const types = EVENT_TYPES.filter((t) => model.types[t]);
    const byFeature = new Map<string, Float64Array>();
    types.forEach((t, i) => {
      for (const [f, w] of Object.entries(model.types[t]!)) {
        let row = byFeature.get(f);
        if (!row) byFeature.set(f, (row = new Float64Array(types.length)));
        row[i] = w;
      }
    });
    v = { types, byFeature };
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
  out.fill(0, 0, n);
  for (const f of features) {
    const row = vectors.byFeature.get(f);
    if (row) for (let t = 0; t < n; t++) out[t]! += row[t]!;
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
