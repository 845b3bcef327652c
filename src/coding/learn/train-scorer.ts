import { seededRandom, shuffle } from "../../nlp/parse/rng.js";
import { EVENT_TYPES, type EventType } from "../event-type.js";
import type { ScorerModel } from "./scorer-model.js";

/** One candidate of a training document with what its gold says of each type. */
export interface TrainingExample {
  readonly features: readonly string[];
  /** Types the gold requires from this actor to this target. */
  readonly positive: ReadonlySet<EventType>;
  /** Types the gold leaves open (optional): not learned from either way. */
  readonly open: ReadonlySet<EventType>;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly rate: number;
  readonly l2: number;
  readonly seed: number;
  /** Types with fewer positive examples than this get no model. */
  readonly minPositives: number;
  readonly threshold: number;
  /** Features seen in fewer examples than this are left out. */
  readonly minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 6,
  rate: 0.2,
  l2: 1e-3,
  seed: 20261204,
  minPositives: 6,
  threshold: 0.5,
  minCount: 2,
};

/**
 * Logistic regression per type by AdaGrad over the examples in a seeded order: the same
 * examples give the same weights, rounded to four decimals, weights under 0.001 dropped.
 */
export function trainScorer(examples: readonly TrainingExample[], options: TrainOptions): ScorerModel {
  const types: Partial<Record<EventType, Record<string, number>>> = {};
  // A feature seen in one example only is noise the model would learn by heart.
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = examples.map((e) => ({
    ...e,
    features: e.features.filter((f) => seen.get(f)! >= options.minCount),
  }));
  for (const type of EVENT_TYPES) {
    const data = kept.filter((e) => !e.open.has(type));
    const positives = data.filter((e) => e.positive.has(type)).length;
    if (positives < options.minPositives) continue;
    types[type] = trainOne(data, type, options);
  }
  return { version: 1, threshold: options.threshold, calibration: { a: 1, b: 0 }, types };
}

function trainOne(
  data: readonly TrainingExample[],
  type: EventType,
  o: TrainOptions,
): Record<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const order = data.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const e = data[i]!;
      let z = 0;
      for (const f of e.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const y = e.positive.has(type) ? 1 : 0;
      const err = p - y;
      for (const f of e.features) {
        const wf = w.get(f) ?? 0;
        const g = err + o.l2 * wf;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, wf - (o.rate * g) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = Math.round(v * 10000) / 10000;
    if (Math.abs(r) >= 0.001) out[f] = r;
  }
  return out;
}

/**
 * Platt scaling: a and b such that sigmoid(a * logit(p) + b) fits whether proposals of raw
 * probability p were right (fitted by gradient descent on the log loss, from a = 1, b = 0).
 */
export function fitCalibration(points: readonly { p: number; right: boolean }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  const zs = points.map((x) => Math.log(Math.max(x.p, 1e-9) / Math.max(1 - x.p, 1e-9)));
  for (let step = 0; step < 2000; step++) {
    let ga = 0;
    let gb = 0;
    points.forEach((x, i) => {
      const q = 1 / (1 + Math.exp(-(a * zs[i]! + b)));
      const err = q - (x.right ? 1 : 0);
      ga += err * zs[i]!;
      gb += err;
    });
    a -= (0.5 * ga) / Math.max(1, points.length);
    b -= (0.5 * gb) / Math.max(1, points.length);
  }
  return { a: Math.round(a * 10000) / 10000, b: Math.round(b * 10000) / 10000 };
}
