import type { Collected } from "./collect.js";
import type { BlocMembershipEntry } from "./schema.js";
import { where, type Sourced } from "./sourced.js";

/** Statuses on a state's way into a bloc: at most one holds at a time. */
const PATH = new Set(["potential-candidate", "applicant", "candidate", "map", "member"]);
/** Statuses that qualify a member or candidate span (Armenia froze its CSTO participation). */
const MODIFIERS = new Set(["suspended", "frozen"]);

/**
 * Rules of memberships.yaml, one message per broken rule: known state codes and sources, spans
 * that end after they start, path statuses of one state in one bloc that never overlap, and
 * modifiers that lie inside a member, candidate or applicant span of the same bloc.
 */
export function checkBlocMemberships(c: Collected): string[] {
  const states = new Set([...c.states, ...c.worldStates].map((s) => s.value.code));
  const errors: string[] = [];
  const byKey = new Map<string, Sourced<BlocMembershipEntry>[]>();
  for (const m of c.blocMemberships) {
    const v = m.value;
    if (!states.has(v.state)) errors.push(`${where(m)}: unknown state code ${v.state}`);
    if (!c.membershipSources.has(v.source)) errors.push(`${where(m)}: unknown source ${v.source}`);
    if (v.until !== null && v.until <= v.since)
      errors.push(`${where(m)}: ends (${v.until}) before it starts (${v.since})`);
    const key = `${v.state} ${v.bloc}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  for (const [key, list] of byKey) {
    const path = list.filter((m) => PATH.has(m.value.status));
    path.forEach((m, i) => {
      for (const other of path.slice(0, i))
        if (overlaps(other.value, m.value))
          errors.push(`${where(m)}: overlaps ${other.entry} for ${key} (${other.value.status})`);
    });
    for (const m of list.filter((x) => MODIFIERS.has(x.value.status)))
      if (!path.some((p) => p.value.status !== "map" && within(m.value, p.value)))
        errors.push(
          `${where(m)}: ${m.value.status} outside any member, candidate or applicant span for ${key}`,
        );
  }
  return errors;
}

interface Span {
  readonly since: string;
  readonly until: string | null;
}

/** Half-open spans [since, until): a successor may start on the day the predecessor ended. */
function overlaps(a: Span, b: Span): boolean {
  return (b.until === null || a.since < b.until) && (a.until === null || b.since < a.until);
}

function within(inner: Span, outer: Span): boolean {
  if (inner.since < outer.since) return false;
  if (outer.until === null) return true;
  return inner.until !== null && inner.until <= outer.until;
}
