import type { Collected } from "./collect.js";
import type { BlocMembershipEntry } from "./schema.js";

/** One dated fact of data/knowledge/memberships.yaml: a status in a bloc over [since, until). */
export interface MembershipFact {
  readonly bloc: BlocMembershipEntry["bloc"];
  readonly status: BlocMembershipEntry["status"];
  /** YYYY-MM-DD, the first day the status held. */
  readonly since: string;
  /** YYYY-MM-DD, the first day it no longer held; null while it holds. */
  readonly until: string | null;
  /** The source's title and URL: "NATO: Member countries <https://...>". */
  readonly source: string;
  readonly note?: string;
}

/**
 * Every state's memberships (memberships.yaml, the one place they are written) with their sources
 * written out, each state's list ordered by `since`: what src/knowledge/memberships.ts gives, and
 * what the knowledge base's states hold (in its own shape, src/knowledge/types.ts).
 */
export function membershipFacts(
  c: Pick<Collected, "blocMemberships" | "membershipSources">,
): Map<string, readonly MembershipFact[]> {
  const byState = new Map<string, MembershipFact[]>();
  for (const { value: m } of c.blocMemberships) {
    const src = c.membershipSources.get(m.source);
    const fact: MembershipFact = Object.freeze({
      bloc: m.bloc,
      status: m.status,
      since: m.since,
      until: m.until,
      source: src ? `${src.title} <${src.url}>` : m.source,
      ...(m.note ? { note: m.note } : {}),
    });
    byState.set(m.state, [...(byState.get(m.state) ?? []), fact]);
  }
  const sorted = new Map<string, readonly MembershipFact[]>();
  for (const [state, list] of byState)
    sorted.set(
      state,
      Object.freeze([...list].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0))),
    );
  return sorted;
}
