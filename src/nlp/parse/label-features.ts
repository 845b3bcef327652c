import type { EncodedSentence } from "./encode.js";
import { finish, mix } from "./hash.js";
import { at, relOf } from "./move-features.js";
import type { ArcEagerState } from "./state.js";

// Features for the relation of a new arc h -> d, read when LEFT or RIGHT is chosen: the two
// words, their distance and direction, and the children already attached to each, which carry
// most of the subtype ("was" as aux:pass makes nsubj:pass; a "by" case child makes obl:agent).

export const MAX_LABEL_FEATURES = 40;

const f1 = (t: number, a: number): number => finish(mix(mix(t, a), 0x61));
const f2 = (t: number, a: number, b: number): number => finish(mix(mix(mix(t, a), b), 0x62));
const f3 = (t: number, a: number, b: number, c: number): number =>
  finish(mix(mix(mix(mix(t, a), b), c), 0x63));

export function labelFeatures(
  state: ArcEagerState,
  sent: EncodedSentence,
  h: number,
  d: number,
  out: Uint32Array,
): number {
  const { word: W, tag: P } = sent;
  const R = state.rel;
  const dir = d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8) * 4 + dir;
  const hw = at(W, h);
  const hp = at(P, h);
  const dw = at(W, d);
  const dp = at(P, d);
  const dl = state.lc1[d] ?? -1;
  const dl2 = state.lc2[d] ?? -1;
  const dr = state.rc1[d] ?? -1;
  const hl = state.lc1[h] ?? -1;
  const hr = state.rc1[h] ?? -1;
  const hh = h > 0 ? (state.head[h] ?? -1) : -1;
  const dsl = mix(state.leftLo[d] ?? 0, state.leftHi[d] ?? 0);
  const dsr = mix(state.rightLo[d] ?? 0, state.rightHi[d] ?? 0);
  const hsl = mix(state.leftLo[h] ?? 0, state.leftHi[h] ?? 0);
  const dlw = at(W, dl);
  let k = 0;
  out[k++] = f2(1, dw, dir);
  out[k++] = f2(2, dp, dir);
  out[k++] = f3(3, dw, dp, dir);
  out[k++] = f2(4, hw, dir);
  out[k++] = f2(5, hp, dir);
  out[k++] = f3(6, hw, hp, dir);
  out[k++] = f3(7, hw, dw, dir);
  out[k++] = f3(8, hp, dp, dir);
  out[k++] = f3(9, hw, dp, dir);
  out[k++] = f3(10, hp, dw, dir);
  out[k++] = f3(11, hp, dp, dist);
  out[k++] = f2(12, dp, dist);
  out[k++] = f2(13, dlw, dp);
  out[k++] = f2(14, relOf(R, dl), dp);
  out[k++] = f3(15, dlw, relOf(R, dl), dir);
  out[k++] = f3(16, at(W, dr), relOf(R, dr), dp);
  out[k++] = f2(17, at(W, dl2), relOf(R, dl2));
  out[k++] = f3(18, dlw, hw, dir);
  out[k++] = f3(19, dlw, hp, dp);
  out[k++] = f3(20, hsl, dp, dir);
  out[k++] = f3(21, hsl, dw, dir);
  out[k++] = f3(22, at(W, hl), relOf(R, hl), dir);
  out[k++] = f3(23, relOf(R, h), hp, dp);
  out[k++] = f3(24, dsl, dp, dir);
  out[k++] = f3(25, dsl, dw, dir);
  out[k++] = f3(26, dsr, dp, dir);
  out[k++] = f2(27, at(P, d - 1), dp);
  out[k++] = f2(28, at(P, d + 1), dp);
  out[k++] = f3(29, at(W, hh), relOf(R, h), dp);
  out[k++] = f3(30, at(P, hh), hp, dp);
  out[k++] = f3(31, at(W, hr), relOf(R, hr), dp);
  out[k++] = f3(32, at(W, d - 1), dp, dir);
  out[k++] = f3(33, at(W, d + 1), dp, dir);
  out[k++] = f1(34, dir);
  return k;
}
