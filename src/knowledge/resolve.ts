import { dateRange, reachInto, spanCovers } from "./date-range.js";
import type { Membership, Office, Person, ResolvedActor, Tenure } from "./types.js";

const OFFICE_RANK: Readonly<Record<Office, number>> = {
  head_of_state: 0,
  head_of_government: 1,
  foreign_minister: 2,
  defence_minister: 3,
};

/**
 * The span among several that stands for a date: for a full date the one covering it; for "2014" or
 * "2014-03" the one covering the latest part of that period; for null the open-ended one.
 */
export function pickAt<T extends { readonly from: string; readonly to: string | null }>(
  spans: readonly T[],
  date: string | null,
  tieBreak: (a: T, b: T) => number = () => 0,
): T | null {
  if (date === null) return spans.find((s) => s.to === null) ?? null;
  const range = dateRange(date);
  let best: T | null = null;
  let bestReach = "";
  for (const s of spans) {
    if (!spanCovers(s, range)) continue;
    const reach = reachInto(s, range);
    if (best === null || reach > bestReach || (reach === bestReach && tieBreak(s, best) < 0)) {
      best = s;
      bestReach = reach;
    }
  }
  return best;
}

/** The state a person acts for at a date: the state of the tenure covering it, else their own. */
export function resolvePersonAt(person: Person, date: string | null): ResolvedActor {
  const tenure = pickAt(person.tenures, date, (a, b) => OFFICE_RANK[a.office] - OFFICE_RANK[b.office]);
  if (tenure) return { code: tenure.state, role: "LEADER" };
  return { code: person.state, role: person.role ?? "LEADER" };
}

/** Who held an office at a date, from that office's tenures across all persons. */
export function holderAt(
  tenures: readonly { readonly person: Person; readonly tenure: Tenure }[],
  date: string | null,
): Person | null {
  const spans = tenures.map((t) => ({ from: t.tenure.from, to: t.tenure.to, person: t.person }));
  return pickAt(spans, date)?.person ?? null;
}

/** A state's memberships in force at a date (every one whose span touches the period). */
export function membershipsAt(memberships: readonly Membership[], date: string | null): Membership[] {
  if (date === null) return memberships.filter((m) => m.to === null);
  const range = dateRange(date);
  return memberships.filter((m) => spanCovers(m, range));
}
