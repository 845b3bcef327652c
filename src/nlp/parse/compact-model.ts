import type { Scorer } from "./scorer.js";

/** The averaged weights as written to disk: rows sorted by key, each with its non-zero classes. */
export interface WeightTable {
  readonly keys: Uint32Array;
  readonly counts: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Float32Array;
}

// Parsing spends its time looking up ~100 feature hashes a word in tables of several MB, so the
// layout is chosen for cache misses: a model of few classes (the four moves) keeps each feature's
// key and all its weights side by side in one slot; a model of many classes (the relations) keeps
// key and (first entry << 7 | count) in its slot, and each entry's class and weight side by side.

/** The shipped model at parse time: an open-addressing table from feature key to its weights. */
export class CompactModel implements Scorer {
  private readonly dense: boolean;
  private readonly stride: number;
  private readonly mask: number;
  /** Slot words as keys (and packed entry ranges) and, in the same buffer, as weights. */
  private readonly slotU: Uint32Array;
  private readonly slotF: Float32Array;
  /** Entries of the sparse layout: class id at even, weight at odd positions. */
  private readonly entryU: Uint32Array;
  private readonly entryF: Float32Array;
  /** Written by `score` so that its prefetching loads have a use. */
  private touched = 0;

  constructor(
    readonly classes: number,
    table: WeightTable,
  ) {
    let size = 1024;
    while (size < table.keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.dense = classes <= 8;
    this.stride = this.dense ? 1 + classes : 2;
    const slots = new ArrayBuffer(size * this.stride * 4);
    this.slotU = new Uint32Array(slots);
    this.slotF = new Float32Array(slots);
    const entries = new ArrayBuffer(this.dense ? 0 : table.w.length * 8);
    this.entryU = new Uint32Array(entries);
    this.entryF = new Float32Array(entries);
    if (table.w.length >= 2 ** 25) throw new Error(`parser model: too many weights: ${table.w.length}`);
    let e = 0;
    for (let r = 0; r < table.keys.length; r++) {
      const key = table.keys[r]!;
      const count = table.counts[r]!;
      if (count > 127) throw new Error(`parser model: too many classes for one feature: ${count}`);
      let i = key & this.mask;
      while (this.slotU[i * this.stride] !== 0) i = (i + 1) & this.mask;
      const at = i * this.stride;
      this.slotU[at] = key;
      if (this.dense) {
        for (let j = 0; j < count; j++, e++) this.slotF[at + 1 + table.cls[e]!] = table.w[e]!;
      } else {
        this.slotU[at + 1] = e * 128 + count;
        for (let j = 0; j < count; j++, e++) {
          this.entryU[2 * e] = table.cls[e]!;
          this.entryF[2 * e + 1] = table.w[e]!;
        }
      }
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const slotU = this.slotU;
    const stride = this.stride;
    const mask = this.mask;
    // Touch every feature's home slot first: the loads do not depend on each other, so the CPU
    // overlaps their cache misses, and the lookups below find the slots in cache (~1.5x faster
    // parsing than one miss after the other). The xor only keeps the loads from being dropped.
    let touched = 0;
    for (let f = 0; f < count; f++) touched ^= slotU[(features[f]! & mask) * stride]!;
    this.touched = touched;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let i = key & mask;
      let k = slotU[i * stride]!;
      while (k !== key && k !== 0) {
        i = (i + 1) & mask;
        k = slotU[i * stride]!;
      }
      if (k === 0) continue;
      if (this.dense) {
        const slotF = this.slotF;
        const at = i * stride + 1;
        for (let c = 0; c < this.classes; c++) out[c]! += slotF[at + c]!;
      } else {
        const entryU = this.entryU;
        const entryF = this.entryF;
        const packed = slotU[i * stride + 1]!;
        const start = packed >>> 7;
        const end = start + (packed & 127);
        for (let e = start; e < end; e++) out[entryU[2 * e]!]! += entryF[2 * e + 1]!;
      }
    }
  }
}
