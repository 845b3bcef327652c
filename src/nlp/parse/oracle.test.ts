import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu.js";
import { MOVE_COUNT } from "./moves.js";
import { moveCost } from "./oracle.js";
import { projectivize } from "./projectivize.js";
import { ArcEagerState } from "./state.js";

const trees = readConllu(
  readFileSync(new URL("../../../test/fixtures/ud/en_ewt-ud-test.conllu", import.meta.url), "utf8"),
).slice(0, 400);

/** Follows, from the initial state, the first move of zero cost; returns the heads built. */
function followOracle(gold: Int32Array, n: number, pick: (zeroCost: number[]) => number): Int32Array {
  const state = new ArcEagerState();
  state.reset(n);
  while (!state.done) {
    const zero: number[] = [];
    for (let m = 0; m < MOVE_COUNT; m++) if (state.can(m) && moveCost(state, gold, m) === 0) zero.push(m);
    expect(zero.length).toBeGreaterThan(0);
    state.apply(pick(zero), 0);
  }
  return state.head.slice(1, n + 1);
}

describe("arc-eager dynamic oracle", () => {
  it("following zero-cost moves rebuilds every projectivised tree of the first 400 test sentences", () => {
    for (const t of trees) {
      const heads = projectivize(t.head);
      const gold = Int32Array.from([0, ...heads]);
      // Whichever zero-cost move is taken, the gold tree stays reachable.
      for (const pick of [(z: number[]) => z[0]!, (z: number[]) => z[z.length - 1]!]) {
        const built = Array.from(followOracle(gold, t.words.length, pick));
        // The one root hangs from 0 by a RIGHT move; no word is left without a head.
        expect(built, t.id).toEqual([...heads]);
      }
    }
  });

  it("projectivize leaves projective trees alone and lifts a crossing arc", () => {
    expect(projectivize([2, 0, 2, 2])).toEqual([2, 0, 2, 2]);
    // 3 -> 1 spans the root 2: word 1 is lifted to 3's head.
    expect(projectivize([3, 0, 2, 2])).toEqual([2, 0, 2, 2]);
    // 4 -> 2 spans 3, which hangs from 1: word 2 is lifted to 1.
    expect(projectivize([0, 4, 1, 1])).toEqual([0, 1, 1, 1]);
  });
});
