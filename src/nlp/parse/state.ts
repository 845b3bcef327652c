import { LEFT, REDUCE, RIGHT, SHIFT } from "./moves.js";

/**
 * An arc-eager configuration over words 1..n with the root (0) at the stack's bottom. It is
 * mutable and reused across sentences because the parser makes two moves a word and must not
 * allocate per move; nothing outside the parse and training loops sees it.
 */
export class ArcEagerState {
  n = 0;
  sp = 0;
  /** Front of the buffer; the buffer is empty when b > n. */
  b = 1;
  hasRoot = false;
  stack = new Int32Array(0);
  head = new Int32Array(0);
  rel = new Int32Array(0);
  /** Leftmost, second leftmost, rightmost and second rightmost child; -1 for none. */
  lc1 = new Int32Array(0);
  lc2 = new Int32Array(0);
  rc1 = new Int32Array(0);
  rc2 = new Int32Array(0);
  nLeft = new Int32Array(0);
  nRight = new Int32Array(0);
  /** Bit sets of the relations of left and right children (relation ids < 64). */
  leftLo = new Int32Array(0);
  leftHi = new Int32Array(0);
  rightLo = new Int32Array(0);
  rightHi = new Int32Array(0);
  inStack = new Uint8Array(0);

  reset(n: number): void {
    if (this.head.length < n + 1) this.allocate(Math.max(n + 1, this.head.length * 2, 64));
    this.n = n;
    this.b = 1;
    this.sp = 1;
    this.hasRoot = false;
    this.stack[0] = 0;
    for (const a of [this.head, this.rel, this.lc1, this.lc2, this.rc1, this.rc2]) a.fill(-1, 0, n + 1);
    for (const a of [this.nLeft, this.nRight, this.leftLo, this.leftHi, this.rightLo, this.rightHi])
      a.fill(0, 0, n + 1);
    this.inStack.fill(0, 0, n + 1);
    this.inStack[0] = 1;
  }

  private allocate(size: number): void {
    this.stack = new Int32Array(size);
    this.head = new Int32Array(size);
    this.rel = new Int32Array(size);
    this.lc1 = new Int32Array(size);
    this.lc2 = new Int32Array(size);
    this.rc1 = new Int32Array(size);
    this.rc2 = new Int32Array(size);
    this.nLeft = new Int32Array(size);
    this.nRight = new Int32Array(size);
    this.leftLo = new Int32Array(size);
    this.leftHi = new Int32Array(size);
    this.rightLo = new Int32Array(size);
    this.rightHi = new Int32Array(size);
    this.inStack = new Uint8Array(size);
  }

  get done(): boolean {
    return this.b > this.n;
  }

  top(): number {
    return this.stack[this.sp - 1] ?? 0;
  }

  /** Whether `move` is allowed here (one root: the root takes a single RIGHT dependent). */
  can(move: number): boolean {
    if (this.b > this.n) return false;
    const s0 = this.top();
    switch (move) {
      case SHIFT:
        return true;
      case REDUCE:
        return s0 !== 0 && this.head[s0] !== -1;
      case LEFT:
        return s0 !== 0 && this.head[s0] === -1;
      case RIGHT:
        return s0 !== 0 || !this.hasRoot;
      default:
        return false;
    }
  }

  apply(move: number, rel: number): void {
    const s0 = this.top();
    const b = this.b;
    if (move === SHIFT) {
      this.stack[this.sp++] = b;
      this.inStack[b] = 1;
      this.b++;
    } else if (move === REDUCE) {
      this.sp--;
      this.inStack[s0] = 0;
    } else if (move === LEFT) {
      this.attach(b, s0, rel);
      this.sp--;
      this.inStack[s0] = 0;
    } else {
      this.attach(s0, b, rel);
      if (s0 === 0) this.hasRoot = true;
      this.stack[this.sp++] = b;
      this.inStack[b] = 1;
      this.b++;
    }
  }

  private attach(h: number, d: number, rel: number): void {
    this.head[d] = h;
    this.rel[d] = rel;
    const bit = 1 << (rel & 31);
    if (d < h) {
      // Left children arrive nearest first, so each new one is the leftmost.
      this.lc2[h] = this.lc1[h] ?? -1;
      this.lc1[h] = d;
      this.nLeft[h]!++;
      if (rel < 32) this.leftLo[h]! |= bit;
      else this.leftHi[h]! |= bit;
    } else {
      this.rc2[h] = this.rc1[h] ?? -1;
      this.rc1[h] = d;
      this.nRight[h]!++;
      if (rel < 32) this.rightLo[h]! |= bit;
      else this.rightHi[h]! |= bit;
    }
  }
}
