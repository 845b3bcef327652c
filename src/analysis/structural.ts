import { membershipsAt, type Membership } from "../knowledge/memberships.js";
import type { AlignmentWeights } from "./alignment-weights.js";
import { lastDay } from "./month.js";

/** The structural part of a month: tanh of the summed status weights, and what it summed. */
export interface StructuralPart {
  /** -1 (West) .. +1 (East). */
  readonly value: number;
  /** "EU candidate (-0.6)", "CSTO member, frozen (+0.2)": each status that counted, with its weight. */
  readonly memberships: readonly string[];
}

/**
 * The statuses a state holds on the last day of the month (a candidacy granted on 23 June counts
 * for June), each with its bloc's weight for that status; a frozen or suspended modifier on the
 * same bloc scales it (Armenia's CSTO membership counts 0.2 of a member's from February 2024).
 */
export function structuralPart(
  code: string,
  month: string,
  weights: AlignmentWeights,
  at: (code: string, date: string) => readonly Membership[] = membershipsAt,
): StructuralPart {
  const held = at(code, lastDay(month));
  let sum = 0;
  const parts: string[] = [];
  for (const m of held) {
    const w = weights.structural.statuses[m.bloc]?.[m.status as "member"];
    if (w === undefined) continue;
    const modifiers = held.filter(
      (x) => x.bloc === m.bloc && (x.status === "frozen" || x.status === "suspended"),
    );
    const factor = modifiers.reduce((f, x) => f * weights.structural.modifiers[x.status as "frozen"], 1);
    const contribution = w * factor;
    sum += contribution;
    const label = [m.status, ...modifiers.map((x) => x.status)].join(", ");
    parts.push(`${m.bloc} ${label} (${contribution >= 0 ? "+" : ""}${round(contribution)})`);
  }
  return { value: Math.tanh(sum), memberships: parts };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
