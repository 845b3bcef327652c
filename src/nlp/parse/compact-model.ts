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
//
// The table is an ordered hash table: a key's home slot is its top bits (keys are murmur-finished
// hashes, as random there as anywhere), and the keys, which the file holds sorted, go in that order
// each to the first free slot from its home on, so the slots hold them in ascending order. A lookup
// stops at the first empty slot or larger key; building the table writes it once from start to end
// (most of its start-up cost is the first touch of each page). A key whose run passes the last home
// slot goes on into slots past it, never back to the start, and one empty slot ends the table.
// Lookups are ~5 % faster than in an unordered table of the same size (2-4 slots a key); at half
// that size they were ~4 % slower than the unordered one, so the size stays.

/** A built table: its slots and entries (see above) and the shift that gives a key's home slot. */
export interface CompactTables {
  readonly shift: number;
  readonly slots: ArrayBuffer;
  readonly entries: ArrayBuffer;
}

/** The shipped model at parse time: an ordered hash table from feature key to its weights. */
export class CompactModel implements Scorer {
  private readonly dense: boolean;
  private readonly stride: number;
  /** A key's home slot is `key >>> shift`. */
  private readonly shift: number;
  /** Slot words as keys (and packed entry ranges) and, in the same buffer, as weights. */
  private readonly slotU: Uint32Array;
  private readonly slotF: Float32Array;
  /** Entries of the sparse layout: class id at even, weight at odd positions. */
  private readonly entryU: Uint32Array;
  private readonly entryF: Float32Array;
  /** Written by `score` so that its prefetching loads have a use. */
  private touched = 0;

  /** The table over `table`'s rows, or over the buffers another thread built (see `tables`). */
  constructor(
    readonly classes: number,
    table: WeightTable | CompactTables,
  ) {
    this.dense = classes <= 8;
    this.stride = this.dense ? 1 + classes : 2;
    const built = "slots" in table ? table : buildTables(this.dense, this.stride, table);
    this.shift = built.shift;
    this.slotU = new Uint32Array(built.slots);
    this.slotF = new Float32Array(built.slots);
    this.entryU = new Uint32Array(built.entries);
    this.entryF = new Float32Array(built.entries);
  }

  /** The built table, to hand to another thread (see preload.ts). */
  tables(): CompactTables {
    return {
      shift: this.shift,
      slots: this.slotU.buffer as ArrayBuffer,
      entries: this.entryU.buffer as ArrayBuffer,
    };
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    const slotU = this.slotU;
    const stride = this.stride;
    const shift = this.shift;
    // Touch every feature's home slot first: the loads do not depend on each other, so the CPU
    // overlaps their cache misses, and the lookups below find the slots in cache (~1.5x faster
    // parsing than one miss after the other). The xor only keeps the loads from being dropped.
    let touched = 0;
    for (let f = 0; f < count; f++) touched ^= slotU[(features[f]! >>> shift) * stride]!;
    this.touched = touched;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      let i = key >>> shift;
      let k = slotU[i * stride]!;
      while (k !== 0 && k < key) k = slotU[++i * stride]!;
      if (k !== key) continue;
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

/** The slots and entries of a table over `table`'s rows. */
function buildTables(dense: boolean, stride: number, table: WeightTable): CompactTables {
  const keys = table.keys;
  let bits = 10;
  while (2 ** bits < keys.length * 2) bits++;
  const shift = 32 - bits;
  if (table.w.length >= 2 ** 25) throw new Error(`parser model: too many weights: ${table.w.length}`);
  // Each key's slot: its home, or the one after the previous key's when that is taken.
  let last = -1;
  for (let r = 0; r < keys.length; r++) {
    if (r > 0 && keys[r]! <= keys[r - 1]!) throw new Error("parser model: feature keys out of order");
    if (keys[r] === 0) throw new Error("parser model: a feature key of 0");
    last = Math.max(keys[r]! >>> shift, last + 1);
  }
  const slots = new ArrayBuffer(Math.max(2 ** bits, last + 2) * stride * 4);
  const entries = new ArrayBuffer(dense ? 0 : table.w.length * 8);
  fillSlots(table, dense, stride, shift, slots, entries);
  return { shift, slots, entries };
}

/** Writes the rows of `table` (keys ascending) into the slots (and entries) of a `CompactModel`. */
function fillSlots(
  table: WeightTable,
  dense: boolean,
  stride: number,
  shift: number,
  slots: ArrayBuffer,
  entries: ArrayBuffer,
): void {
  const { keys, counts, cls, w } = table;
  const [slotU, slotF] = [new Uint32Array(slots), new Float32Array(slots)];
  const [entryU, entryF] = [new Uint32Array(entries), new Float32Array(entries)];
  let e = 0;
  let i = -1;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r]!;
    const count = counts[r]!;
    if (count > 127) throw new Error(`parser model: too many classes for one feature: ${count}`);
    i = Math.max(key >>> shift, i + 1);
    const at = i * stride;
    slotU[at] = key;
    if (dense) {
      for (let j = 0; j < count; j++, e++) slotF[at + 1 + cls[e]!] = w[e]!;
    } else {
      slotU[at + 1] = e * 128 + count;
      for (let j = 0; j < count; j++, e++) {
        entryU[2 * e] = cls[e]!;
        entryF[2 * e + 1] = w[e]!;
      }
    }
  }
}
