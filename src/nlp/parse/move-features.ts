import type { EncodedSentence } from "./encode.js";
import { finish, mix } from "./hash.js";
import type { ArcEagerState } from "./state.js";

// The feature templates of Zhang & Nivre (2011) for arc-eager: words and tags of the stack's top
// (S0), the buffer's first three (N0-N2), S0's head and grandhead, the outermost children of S0
// and N0 with their relations, distance, valency and the sets of child relations. Each feature
// is one 32-bit hash of its template number and values.

export const NONE = 0x2f6b1a3d;
export const MAX_MOVE_FEATURES = 80;

const f1 = (t: number, a: number): number => finish(mix(mix(t, a), 0x51));
const f2 = (t: number, a: number, b: number): number => finish(mix(mix(mix(t, a), b), 0x52));
const f3 = (t: number, a: number, b: number, c: number): number =>
  finish(mix(mix(mix(mix(t, a), b), c), 0x53));
const f4 = (t: number, a: number, b: number, c: number, d: number): number =>
  finish(mix(mix(mix(mix(mix(t, a), b), c), d), 0x54));

/** A word's value in a per-word array, NONE where there is no word. */
export function at(values: Int32Array, i: number): number {
  return i < 0 ? NONE : (values[i] ?? NONE);
}

/** A word's relation to its head as a feature value, NONE before it has one. */
export function relOf(rel: Int32Array, i: number): number {
  const r = i < 0 ? -1 : (rel[i] ?? -1);
  return r < 0 ? NONE : r + 7;
}

/** Writes the features of `state` into `out`; returns how many. */
export function moveFeatures(state: ArcEagerState, sent: EncodedSentence, out: Uint32Array): number {
  const { word: W, tag: P } = sent;
  const n = state.n;
  const s0 = state.top();
  const n0 = state.b;
  const n1 = n0 + 1 <= n ? n0 + 1 : -1;
  const n2 = n0 + 2 <= n ? n0 + 2 : -1;
  const s0h = s0 > 0 ? (state.head[s0] ?? -1) : -1;
  const s0h2 = s0h > 0 ? (state.head[s0h] ?? -1) : -1;
  const s0l = state.lc1[s0] ?? -1;
  const s0l2 = state.lc2[s0] ?? -1;
  const s0r = state.rc1[s0] ?? -1;
  const s0r2 = state.rc2[s0] ?? -1;
  const n0l = state.lc1[n0] ?? -1;
  const n0l2 = state.lc2[n0] ?? -1;
  const R = state.rel;
  const s0w = at(W, s0);
  const s0p = at(P, s0);
  const n0w = at(W, n0);
  const n0p = at(P, n0);
  const n1w = at(W, n1);
  const n1p = at(P, n1);
  const n2w = at(W, n2);
  const n2p = at(P, n2);
  const d = s0 === 0 ? 99 : Math.min(n0 - s0, 12);
  const s0vl = state.nLeft[s0] ?? 0;
  const s0vr = state.nRight[s0] ?? 0;
  const n0vl = state.nLeft[n0] ?? 0;
  const s0sl = mix(state.leftLo[s0] ?? 0, state.leftHi[s0] ?? 0);
  const s0sr = mix(state.rightLo[s0] ?? 0, state.rightHi[s0] ?? 0);
  const n0sl = mix(state.leftLo[n0] ?? 0, state.leftHi[n0] ?? 0);
  let k = 0;
  // single words
  out[k++] = f2(1, s0w, s0p);
  out[k++] = f1(2, s0w);
  out[k++] = f1(3, s0p);
  out[k++] = f2(4, n0w, n0p);
  out[k++] = f1(5, n0w);
  out[k++] = f1(6, n0p);
  out[k++] = f2(7, n1w, n1p);
  out[k++] = f1(8, n1w);
  out[k++] = f1(9, n1p);
  out[k++] = f2(10, n2w, n2p);
  out[k++] = f1(11, n2w);
  out[k++] = f1(12, n2p);
  // word pairs
  out[k++] = f4(13, s0w, s0p, n0w, n0p);
  out[k++] = f3(14, s0w, s0p, n0w);
  out[k++] = f3(15, s0w, n0w, n0p);
  out[k++] = f3(16, s0w, s0p, n0p);
  out[k++] = f3(17, s0p, n0w, n0p);
  out[k++] = f2(18, s0w, n0w);
  out[k++] = f2(19, s0p, n0p);
  out[k++] = f2(20, n0p, n1p);
  // three words
  out[k++] = f3(21, n0p, n1p, n2p);
  out[k++] = f3(22, s0p, n0p, n1p);
  out[k++] = f3(23, at(P, s0h), s0p, n0p);
  out[k++] = f3(24, s0p, at(P, s0l), n0p);
  out[k++] = f3(25, s0p, at(P, s0r), n0p);
  out[k++] = f3(26, s0p, n0p, at(P, n0l));
  // distance
  out[k++] = f2(27, s0w, d);
  out[k++] = f2(28, s0p, d);
  out[k++] = f2(29, n0w, d);
  out[k++] = f2(30, n0p, d);
  out[k++] = f3(31, s0w, n0w, d);
  out[k++] = f3(32, s0p, n0p, d);
  // valency
  out[k++] = f2(33, s0w, s0vr);
  out[k++] = f2(34, s0p, s0vr);
  out[k++] = f2(35, s0w, s0vl);
  out[k++] = f2(36, s0p, s0vl);
  out[k++] = f2(37, n0w, n0vl);
  out[k++] = f2(38, n0p, n0vl);
  // unigrams of heads and children
  out[k++] = f1(39, at(W, s0h));
  out[k++] = f1(40, at(P, s0h));
  out[k++] = f1(41, relOf(R, s0));
  out[k++] = f1(42, at(W, s0l));
  out[k++] = f1(43, at(P, s0l));
  out[k++] = f1(44, relOf(R, s0l));
  out[k++] = f1(45, at(W, s0r));
  out[k++] = f1(46, at(P, s0r));
  out[k++] = f1(47, relOf(R, s0r));
  out[k++] = f1(48, at(W, n0l));
  out[k++] = f1(49, at(P, n0l));
  out[k++] = f1(50, relOf(R, n0l));
  // third order
  out[k++] = f1(51, at(W, s0h2));
  out[k++] = f1(52, at(P, s0h2));
  out[k++] = f1(53, relOf(R, s0h));
  out[k++] = f1(54, at(W, s0l2));
  out[k++] = f1(55, at(P, s0l2));
  out[k++] = f1(56, relOf(R, s0l2));
  out[k++] = f1(57, at(W, s0r2));
  out[k++] = f1(58, at(P, s0r2));
  out[k++] = f1(59, relOf(R, s0r2));
  out[k++] = f1(60, at(W, n0l2));
  out[k++] = f1(61, at(P, n0l2));
  out[k++] = f1(62, relOf(R, n0l2));
  out[k++] = f3(63, s0p, at(P, s0l), at(P, s0l2));
  out[k++] = f3(64, s0p, at(P, s0r), at(P, s0r2));
  out[k++] = f3(65, s0p, at(P, s0h), at(P, s0h2));
  out[k++] = f3(66, n0p, at(P, n0l), at(P, n0l2));
  // label sets
  out[k++] = f2(67, s0w, s0sr);
  out[k++] = f2(68, s0p, s0sr);
  out[k++] = f2(69, s0w, s0sl);
  out[k++] = f2(70, s0p, s0sl);
  out[k++] = f2(71, n0w, n0sl);
  out[k++] = f2(72, n0p, n0sl);
  // whether S0 has a head decides between REDUCE and LEFT; with the pair of tags
  out[k++] = f3(73, s0p, n0p, relOf(R, s0));
  out[k++] = f1(74, 0);
  // Attachment of a preposition in N0: to S0 or to S0's head ("delivered missiles to Turkey")
  const s0hw = at(W, s0h);
  out[k++] = f2(75, s0hw, n0w);
  out[k++] = f3(76, at(P, s0h), s0p, n0w);
  out[k++] = f3(77, s0hw, s0p, n0w);
  out[k++] = f2(78, n0w, n1w);
  return k;
}
