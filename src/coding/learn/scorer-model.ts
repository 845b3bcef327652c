import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { EventType } from "../event-type.js";

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
  return 1 / (1 + Math.exp(-z));
}

/** The calibrated probability that a proposal with raw probability p is right. */
export function calibrated(model: ScorerModel, p: number): number {
  const z = Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));
  return 1 / (1 + Math.exp(-(model.calibration.a * z + model.calibration.b)));
}
