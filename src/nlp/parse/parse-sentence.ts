import type { EncodedSentence } from "./encode.js";
import { labelFeatures, MAX_LABEL_FEATURES } from "./label-features.js";
import { LEFT, MOVE_COUNT, RIGHT } from "./moves.js";
import { MAX_MOVE_FEATURES, moveFeatures } from "./move-features.js";
import type { ParserModel } from "./parser-model.js";
import { ArcEagerState } from "./state.js";

/** 1-based heads (0 = root) and relation ids of one parsed sentence. */
export interface ParsedIds {
  readonly head: Int32Array;
  readonly rel: Int32Array;
}

const state = new ArcEagerState();
const moveFeats = new Uint32Array(MAX_MOVE_FEATURES);
const labelFeats = new Uint32Array(MAX_LABEL_FEATURES);
let moveScores = new Float64Array(MOVE_COUNT);
let labelScores = new Float64Array(64);

/** The best-scoring relation of the arc h -> d among those seen in its direction. */
export function bestLabel(
  model: ParserModel,
  st: ArcEagerState,
  sent: EncodedSentence,
  h: number,
  d: number,
  feats: Uint32Array,
): number {
  if (h === 0) return model.rootLabel;
  if (labelScores.length < model.labels.length) labelScores = new Float64Array(model.labels.length);
  const count = labelFeatures(st, sent, h, d, feats);
  model.label.score(feats, count, labelScores);
  const allowed = d < h ? model.leftAllowed : model.rightAllowed;
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < model.labels.length; c++) {
    if (allowed[c] !== 1 || c === model.rootLabel) continue;
    if (labelScores[c]! > bestScore) {
      best = c;
      bestScore = labelScores[c]!;
    }
  }
  return best;
}

/** Greedy arc-eager parse of one sentence. */
export function parseEncoded(model: ParserModel, sent: EncodedSentence): ParsedIds {
  const st = state;
  st.reset(sent.n);
  if (moveScores.length < MOVE_COUNT) moveScores = new Float64Array(MOVE_COUNT);
  while (!st.done) {
    const count = moveFeatures(st, sent, moveFeats);
    model.move.score(moveFeats, count, moveScores);
    let move = -1;
    let bestScore = -Infinity;
    for (let m = 0; m < MOVE_COUNT; m++) {
      if (st.can(m) && moveScores[m]! > bestScore) {
        move = m;
        bestScore = moveScores[m]!;
      }
    }
    let rel = -1;
    if (move === LEFT) rel = bestLabel(model, st, sent, st.b, st.top(), labelFeats);
    else if (move === RIGHT) rel = bestLabel(model, st, sent, st.top(), st.b, labelFeats);
    st.apply(move, rel);
  }
  return finishTree(model, sent, st);
}

/**
 * Words still without a head when the input runs out: the first becomes the root if no word
 * is; the others hang from the root as punct or parataxis, so every output is one tree.
 */
function finishTree(model: ParserModel, sent: EncodedSentence, st: ArcEagerState): ParsedIds {
  const n = sent.n;
  const head = new Int32Array(n);
  const rel = new Int32Array(n);
  let root = -1;
  for (let i = 1; i <= n; i++) if (st.head[i] === 0) root = i;
  const punct = model.labels.indexOf("punct");
  const parataxis = model.labels.indexOf("parataxis");
  for (let i = 1; i <= n; i++) {
    let h = st.head[i]!;
    let r = st.rel[i]!;
    if (h === -1) {
      if (root < 0) {
        root = i;
        h = 0;
        r = model.rootLabel;
      } else {
        h = root;
        r = sent.upos[i - 1] === "PUNCT" ? punct : parataxis;
      }
    }
    head[i - 1] = h;
    rel[i - 1] = r;
  }
  return { head, rel };
}
