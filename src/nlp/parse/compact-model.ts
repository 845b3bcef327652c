import type { Scorer } from "./scorer.js";

/** The averaged weights as written to disk: rows sorted by key, each with its non-zero classes. */
export interface WeightTable {
  readonly keys: Uint32Array;
  readonly counts: Uint8Array;
  readonly cls: Uint8Array;
  readonly w: Float32Array;
}

/**
 * The shipped model at parse time: an open-addressing table from feature key to its weights.
 * Each slot is two adjacent uint32s, the key and (first entry << 7 | entry count), so a lookup
 * touches one cache line before the weights.
 */
export class CompactModel implements Scorer {
  private readonly slots: Uint32Array;
  private readonly cls: Uint8Array;
  private readonly w: Float32Array;

  constructor(
    readonly classes: number,
    table: WeightTable,
  ) {
    let size = 1024;
    while (size < table.keys.length * 2) size *= 2;
    if (table.w.length >= 2 ** 25) throw new Error(`parser model: too many weights: ${table.w.length}`);
    this.slots = new Uint32Array(size * 2);
    this.cls = table.cls;
    this.w = table.w;
    const mask = size - 1;
    let start = 0;
    for (let r = 0; r < table.keys.length; r++) {
      const key = table.keys[r]!;
      const count = table.counts[r]!;
      if (count > 127) throw new Error(`parser model: too many classes for one feature: ${count}`);
      let i = key & mask;
      while (this.slots[2 * i] !== 0) i = (i + 1) & mask;
      this.slots[2 * i] = key;
      this.slots[2 * i + 1] = start * 128 + count;
      start += count;
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const slots = this.slots;
    const cls = this.cls;
    const w = this.w;
    const mask = (slots.length >>> 1) - 1;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let i = key & mask;
      let k = slots[2 * i]!;
      while (k !== key && k !== 0) {
        i = (i + 1) & mask;
        k = slots[2 * i]!;
      }
      if (k === 0) continue;
      const packed = slots[2 * i + 1]!;
      const start = packed >>> 7;
      const end = start + (packed & 127);
      for (let e = start; e < end; e++) out[cls[e]!]! += w[e]!;
    }
  }
}
