import { LEFT, REDUCE, RIGHT, SHIFT } from "./moves.js";
import type { ArcEagerState } from "./state.js";

// The dynamic oracle of Goldberg & Nivre (2012) for arc-eager: the cost of a move is the number
// of gold arcs that are still reachable now and no longer reachable after it. Training follows
// the model's own (possibly wrong) moves and learns, in every state it reaches, the cheapest
// moves from there. `gold` is 1-based: gold[d] is the head of word d (0 = root).

function stackDependentsOf(state: ArcEagerState, gold: Int32Array, h: number): number {
  let count = 0;
  for (let i = 0; i < state.sp; i++) {
    const k = state.stack[i] ?? 0;
    if (k !== 0 && gold[k] === h && state.head[k] === -1) count++;
  }
  return count;
}

function bufferDependentsOf(state: ArcEagerState, gold: Int32Array, h: number): number {
  let count = 0;
  for (let k = state.b; k <= state.n; k++) if (gold[k] === h) count++;
  return count;
}

/** Cost of `move` in `state`; only meaningful for a move `state.can` allows. */
export function moveCost(state: ArcEagerState, gold: Int32Array, move: number): number {
  const s0 = state.top();
  const b = state.b;
  switch (move) {
    case SHIFT: {
      // b can no longer take a head from the stack nor dependents still waiting on it.
      const g = gold[b] ?? 0;
      const headLost = state.inStack[g] === 1 && !(g === 0 && state.hasRoot) ? 1 : 0;
      return headLost + stackDependentsOf(state, gold, b);
    }
    case REDUCE:
      return bufferDependentsOf(state, gold, s0);
    case LEFT: {
      const g = gold[s0] ?? 0;
      const headLost = g !== b && g >= b ? 1 : 0;
      return headLost + bufferDependentsOf(state, gold, s0);
    }
    case RIGHT: {
      const g = gold[b] ?? 0;
      let lost = 0;
      if (g !== s0 && (g >= b || (state.inStack[g] === 1 && !(g === 0 && state.hasRoot)))) lost++;
      // Words on the stack whose head is b would have needed a LEFT from b.
      lost += stackDependentsOf(state, gold, b);
      return lost;
    }
    default:
      return Infinity;
  }
}
