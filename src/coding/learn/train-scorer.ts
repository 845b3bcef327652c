import { seededRandom, shuffle } from "../../nlp/parse/rng.js";
import { EVENT_TYPES, type EventType } from "../lexicon/event-type.js";
import type { ScorerModel } from "./scorer-model.js";

/** One candidate of a training document with what its gold says of each type. */
export interface TrainingExample {
  readonly features: readonly string[];
  /** Types the gold requires from this actor to this target. */
  readonly positive: ReadonlySet<EventType>;
  /** Types the gold leaves open (optional): not learned from either way. */
  readonly open: ReadonlySet<EventType>;
  /** The training document it comes from (for minDocs); each example its own when absent. */
  readonly document?: number;
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
  /** Features seen in fewer training documents than this are left out. */
  readonly minDocs: number;
  /** Feature templates left out: the prefixes before "=" (as "w", "tg"), or whole names. */
  readonly drop: readonly string[];
  /** How much a positive example's error weighs against a negative one's. */
  readonly positiveWeight: number;
  /** Weights smaller than this (after rounding) are not kept. */
  readonly prune: number;
  /**
   * Whether the types share a part of their weights: each type's weight of a feature is its own
   * part plus a part common to all types, learned from every type's examples (a type with few
   * examples leans on what the others learned of the feature).
   */
  readonly shared: boolean;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 6,
  rate: 0.2,
  l2: 3e-3,
  seed: 20261204,
  minPositives: 6,
  threshold: 0.5,
  minCount: 2,
  minDocs: 1,
  drop: [],
  positiveWeight: 1,
  prune: 0.001,
  shared: false,
};

/** The template of a feature: its name up to "=", or the whole name. */
function template(feature: string): string {
  const i = feature.indexOf("=");
  return i < 0 ? feature : feature.slice(0, i);
}

/**
 * Logistic regression per type by AdaGrad over the examples in a seeded order: the same
 * examples give the same weights, rounded to four decimals, weights under 0.001 dropped.
 */
export function trainScorer(examples: readonly TrainingExample[], options: TrainOptions): ScorerModel {
  const types: Partial<Record<EventType, Record<string, number>>> = {};
  // A feature seen in one example only is noise the model would learn by heart.
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  // And one seen in few documents is a feature of those documents, not of the events.
  const documents = new Map<string, Set<number>>();
  if (options.minDocs > 1)
    examples.forEach((e, i) => {
      for (const f of e.features) {
        const set = documents.get(f) ?? new Set<number>();
        set.add(e.document ?? -1 - i);
        documents.set(f, set);
      }
    });
  const dropped = new Set(options.drop);
  const keep = (f: string): boolean =>
    seen.get(f)! >= options.minCount &&
    (options.minDocs <= 1 || documents.get(f)!.size >= options.minDocs) &&
    !dropped.has(f) &&
    !dropped.has(template(f));
  // Features by number, in name order: the weights are arrays (the same sums as by name).
  const names = [...new Set(examples.flatMap((e) => e.features.filter(keep)))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const id = new Map(names.map((f, i) => [f, i]));
  const kept: Numbered[] = examples.map((e) => ({
    ids: Int32Array.from(e.features.filter(keep), (f) => id.get(f)!),
    positive: e.positive,
    open: e.open,
  }));
  const trained = EVENT_TYPES.filter(
    (type) => kept.filter((e) => !e.open.has(type) && e.positive.has(type)).length >= options.minPositives,
  );
  if (options.shared) {
    const weights = trainShared(kept, names.length, trained, options);
    trained.forEach((type, t) => (types[type] = rounded(names, weights[t]!, options.prune)));
  } else
    for (const type of trained) {
      const data = kept.filter((e) => !e.open.has(type));
      types[type] = rounded(names, trainOne(data, names.length, type, options), options.prune);
    }
  return { version: 1, threshold: options.threshold, calibration: { a: 1, b: 0 }, types };
}

/** A training example with its features by number. */
interface Numbered {
  readonly ids: Int32Array;
  readonly positive: ReadonlySet<EventType>;
  readonly open: ReadonlySet<EventType>;
}

/** Rounded weights by name (in name order), the small ones left out. */
function rounded(names: readonly string[], w: Float64Array, prune: number): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((f, i) => {
    const r = Math.round(w[i]! * 10000) / 10000;
    if (Math.abs(r) >= prune) out[f] = r;
  });
  return out;
}

/** One AdaGrad step on the weights of an example's features, with L2. */
function step(w: Float64Array, g2: Float64Array, ids: Int32Array, err: number, o: TrainOptions): void {
  for (const f of ids) {
    const g = err + o.l2 * w[f]!;
    g2[f]! += g * g;
    w[f] = w[f]! - (o.rate * g) / Math.sqrt(g2[f]! + 1e-8);
  }
}

/** The types' weights when they share a common part (see TrainOptions.shared). */
function trainShared(
  data: readonly Numbered[],
  size: number,
  types: readonly EventType[],
  o: TrainOptions,
): Float64Array[] {
  const own = types.map(() => ({ w: new Float64Array(size), g2: new Float64Array(size) }));
  const common = { w: new Float64Array(size), g2: new Float64Array(size) };
  forEachEpochExample(data, o, (e) =>
    types.forEach((type, t) => {
      if (e.open.has(type)) return;
      const m = own[t]!;
      let z = 0;
      for (const f of e.ids) z += m.w[f]! + common.w[f]!;
      const err = logLossGradient(z, e.positive.has(type), o);
      step(m.w, m.g2, e.ids, err, o);
      step(common.w, common.g2, e.ids, err, o);
    }),
  );
  return own.map(({ w }) => w.map((v, f) => v + common.w[f]!));
}

/** The log loss's gradient at score `z` for an example of that label, positives weighted. */
function logLossGradient(z: number, positive: boolean, o: TrainOptions): number {
  const y = positive ? 1 : 0;
  return (1 / (1 + Math.exp(-z)) - y) * (positive ? o.positiveWeight : 1);
}

function trainOne(data: readonly Numbered[], size: number, type: EventType, o: TrainOptions): Float64Array {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  forEachEpochExample(data, o, (e) => {
    let z = 0;
    for (const f of e.ids) z += w[f]!;
    step(w, g2, e.ids, logLossGradient(z, e.positive.has(type), o), o);
  });
  return w;
}

/** Visits every example once per epoch, in an order shuffled from the options' seed. */
function forEachEpochExample(data: readonly Numbered[], o: TrainOptions, visit: (e: Numbered) => void): void {
  const order = data.map((_, i) => i);
  const random = seededRandom(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) visit(data[i]!);
  }
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
