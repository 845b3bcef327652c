import type { Scorer } from "./scorer.js";

/**
 * The averaged perceptron used in training. Features are 32-bit hashes kept in an open-addressing
 * table; each feature's class weights are a short linked list in growable pools, since a feature
 * is updated for two or three of the classes at most. Averaging uses the running-sum trick (Daume,
 * 2006): the average is w - u / t, with u the sum of t times each update.
 */
export class AveragedPerceptron implements Scorer {
  private keys = new Uint32Array(1 << 16);
  private rowOf = new Int32Array(1 << 16);
  private used = 0;
  private firstEntry = new Int32Array(1 << 12);
  private rows = 0;
  private next = new Int32Array(1 << 14);
  private cls = new Int32Array(1 << 14);
  private w = new Float64Array(1 << 14);
  private u = new Float64Array(1 << 14);
  private entries = 0;
  /** Instances seen, counted from 1. */
  private t = 1;

  constructor(readonly classes: number) {}

  private find(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.rowOf[i]!;
      if (k === 0) return -1;
    }
  }

  private findOrAdd(key: number): number {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    for (let i = key & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.rowOf[i]!;
      if (k === 0) {
        this.keys[i] = key;
        if (this.rows === this.firstEntry.length) this.firstEntry = grow(this.firstEntry);
        this.firstEntry[this.rows] = -1;
        this.rowOf[i] = this.rows;
        this.used++;
        return this.rows++;
      }
    }
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldRows = this.rowOf;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.rowOf = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const key = oldKeys[j]!;
      if (key === 0) continue;
      let i = key & mask;
      while (this.keys[i] !== 0) i = (i + 1) & mask;
      this.keys[i] = key;
      this.rowOf[i] = oldRows[j]!;
    }
  }

  score(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0, 0, this.classes);
    for (let f = 0; f < count; f++) {
      const row = this.find(features[f]!);
      if (row < 0) continue;
      for (let e = this.firstEntry[row]!; e >= 0; e = this.next[e]!) out[this.cls[e]!]! += this.w[e]!;
    }
  }

  /** One training instance: moves weight from `wrong` to `right` when they differ. */
  update(right: number, wrong: number, features: Uint32Array, count: number): void {
    if (right !== wrong) {
      for (let f = 0; f < count; f++) {
        const row = this.findOrAdd(features[f]!);
        this.add(row, right, 1);
        this.add(row, wrong, -1);
      }
    }
    this.t++;
  }

  private add(row: number, c: number, delta: number): void {
    let e = this.firstEntry[row]!;
    while (e >= 0 && this.cls[e] !== c) e = this.next[e]!;
    if (e < 0) {
      if (this.entries === this.cls.length) {
        this.next = grow(this.next);
        this.cls = grow(this.cls);
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
      e = this.entries++;
      this.cls[e] = c;
      this.w[e] = 0;
      this.u[e] = 0;
      this.next[e] = this.firstEntry[row]!;
      this.firstEntry[row] = e;
    }
    this.w[e]! += delta;
    this.u[e]! += this.t * delta;
  }

  /**
   * The averaged weights, sorted by feature key then class, without those smaller than
   * `minWeight` in magnitude (pruning keeps the shipped file small).
   */
  averaged(minWeight: number): { keys: Uint32Array; counts: Uint8Array; cls: Uint8Array; w: Float32Array } {
    const order: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) order.push(i);
    order.sort((a, b) => this.keys[a]! - this.keys[b]!);
    const keys: number[] = [];
    const counts: number[] = [];
    const cls: number[] = [];
    const w: number[] = [];
    for (const slot of order) {
      const kept: [number, number][] = [];
      for (let e = this.firstEntry[this.rowOf[slot]!]!; e >= 0; e = this.next[e]!) {
        const avg = this.w[e]! - this.u[e]! / this.t;
        if (Math.abs(avg) >= minWeight) kept.push([this.cls[e]!, avg]);
      }
      if (kept.length === 0) continue;
      kept.sort((a, b) => a[0] - b[0]);
      keys.push(this.keys[slot]!);
      counts.push(kept.length);
      for (const [c, v] of kept) {
        cls.push(c);
        w.push(v);
      }
    }
    return {
      keys: Uint32Array.from(keys),
      counts: Uint8Array.from(counts),
      cls: Uint8Array.from(cls),
      w: Float32Array.from(w),
    };
  }
}

function grow<T extends Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
