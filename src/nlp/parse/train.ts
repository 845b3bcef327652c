import type { WeightTable } from "./compact-model.js";
import type { TreebankSentence } from "./conllu.js";
import { encodeSentence, type EncodedSentence } from "./encode.js";
import { labelFeatures, MAX_LABEL_FEATURES } from "./label-features.js";
import { LEFT, MOVE_COUNT, RIGHT } from "./moves.js";
import { MAX_MOVE_FEATURES, moveFeatures } from "./move-features.js";
import { moveCost } from "./oracle.js";
import { bestLabel } from "./parse-sentence.js";
import type { ParserModel } from "./parser-model.js";
import { relationInventory } from "./parser-model.js";
import { AveragedPerceptron } from "./perceptron.js";
import { projectivize } from "./projectivize.js";
import { seededRandom, shuffle } from "./rng.js";
import { ArcEagerState } from "./state.js";

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  /** From this epoch on (0-based) training follows the model's own wrong moves... */
  readonly exploreFrom: number;
  /** ...with this probability, learning to recover from them (dynamic oracle). */
  readonly exploreProbability: number;
  /** Averaged weights smaller than these are dropped from the shipped model (size and speed). */
  readonly minMoveWeight: number;
  readonly minLabelWeight: number;
  /** Called after each epoch with a way to take the averaged weights so far (for a dev score). */
  readonly onEpoch?: (epoch: number, averaged: () => TrainedParser) => void;
}

export interface TrainedParser {
  readonly labels: readonly string[];
  readonly leftAllowed: Uint8Array;
  readonly rightAllowed: Uint8Array;
  readonly move: WeightTable;
  readonly label: WeightTable;
}

interface GoldSentence {
  readonly sent: EncodedSentence;
  readonly head: Int32Array;
  readonly rel: Int32Array;
}

export function trainParser(trees: readonly TreebankSentence[], options: TrainOptions): TrainedParser {
  const { labels, leftAllowed, rightAllowed } = relationInventory(trees);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const gold: GoldSentence[] = trees.map((t) => {
    const projective = projectivize(t.head);
    return {
      sent: encodeSentence(t.words, t.upos),
      head: Int32Array.from([0, ...projective]),
      rel: Int32Array.from([-1, ...t.rel.map((r) => labelId.get(r)!)]),
    };
  });
  const move = new AveragedPerceptron(MOVE_COUNT);
  const label = new AveragedPerceptron(labels.length);
  const model: ParserModel = {
    move,
    label,
    labels,
    leftAllowed,
    rightAllowed,
    rootLabel: labelId.get("root")!,
  };
  const averaged = (): TrainedParser => ({
    labels,
    leftAllowed,
    rightAllowed,
    move: move.averaged(options.minMoveWeight),
    label: label.averaged(options.minLabelWeight),
  });
  const random = seededRandom(options.seed);
  const state = new ArcEagerState();
  const moveFeats = new Uint32Array(MAX_MOVE_FEATURES);
  const labelFeats = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(MOVE_COUNT);
  const cost = new Float64Array(MOVE_COUNT);
  const order = gold.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const explore = epoch >= options.exploreFrom;
    for (const index of order) {
      const g = gold[index]!;
      state.reset(g.sent.n);
      while (!state.done) {
        const count = moveFeatures(state, g.sent, moveFeats);
        move.score(moveFeats, count, scores);
        let predicted = -1;
        let best = -1;
        for (let m = 0; m < MOVE_COUNT; m++) {
          if (!state.can(m)) {
            cost[m] = Infinity;
            continue;
          }
          cost[m] = moveCost(state, g.head, m);
          if (predicted < 0 || scores[m]! > scores[predicted]!) predicted = m;
        }
        let minCost = Infinity;
        for (let m = 0; m < MOVE_COUNT; m++) minCost = Math.min(minCost, cost[m]!);
        for (let m = 0; m < MOVE_COUNT; m++)
          if (cost[m] === minCost && (best < 0 || scores[m]! > scores[best]!)) best = m;
        const right = cost[predicted] === minCost ? predicted : best;
        move.update(right, predicted, moveFeats, count);
        const next =
          right === predicted || !(explore && random() < options.exploreProbability) ? right : predicted;
        let rel = -1;
        if (next === LEFT || next === RIGHT) {
          const [h, d] = next === LEFT ? [state.b, state.top()] : [state.top(), state.b];
          rel = bestLabel(model, state, g.sent, h, d, labelFeats);
          if (h !== 0 && g.head[d] === h) {
            const count = labelFeatures(state, g.sent, h, d, labelFeats);
            label.update(g.rel[d]!, rel, labelFeats, count);
            rel = g.rel[d]!;
          }
        }
        state.apply(next, rel);
      }
    }
    options.onEpoch?.(epoch, averaged);
  }
  return averaged();
}
