import { membershipsAt } from "../knowledge/memberships.js";
import { loadAlignmentWeights, type AlignmentWeights } from "./alignment-weights.js";
import { lastDay } from "./month.js";

export type Pole = "EAST" | "WEST" | "CHN";
export const POLES: readonly Pole[] = ["EAST", "WEST", "CHN"];

/** The pole a code belongs to in a month, or null. */
export type PoleOf = (code: string, month: string) => Pole | null;

/**
 * The pole classifier of the weights file: a code listed under a pole, else a state that is a
 * member of one of the pole's `membersOf` blocs at the end of the month (not while suspended).
 * Answers are cached per code and month (the bulk import asks millions of times).
 */
export function poleClassifier(weights: AlignmentWeights = loadAlignmentWeights()): PoleOf {
  const listed = new Map<string, Pole>();
  for (const pole of POLES) for (const code of weights.poles[pole].codes) listed.set(code, pole);
  const byBloc = POLES.flatMap((pole) => weights.poles[pole].membersOf.map((bloc) => ({ bloc, pole })));
  const cache = new Map<string, Map<string, Pole | null>>();
  return (code, month) => {
    const fixed = listed.get(code);
    if (fixed) return fixed;
    let byMonth = cache.get(code);
    if (!byMonth) cache.set(code, (byMonth = new Map()));
    const hit = byMonth.get(month);
    if (hit !== undefined) return hit;
    const held = membershipsAt(code, lastDay(month));
    const suspended = new Set(held.filter((m) => m.status === "suspended").map((m) => m.bloc));
    const pole =
      byBloc.find(
        ({ bloc }) => !suspended.has(bloc) && held.some((m) => m.bloc === bloc && m.status === "member"),
      )?.pole ?? null;
    byMonth.set(month, pole);
    return pole;
  };
}
