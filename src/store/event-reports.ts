import type { Kysely } from "kysely";
import { fromEventRow } from "./event-row.js";
import type { Database, EventsTable } from "./schema.js";
import type { EventReport, StoredEvent } from "./store.js";

/**
 * The merged events of one page of canonical rows: each with its counts and its reports (the
 * canonical row's first, then the others by date and id), read in two queries for the whole page
 * (the further reports of the events that have some, and the sources of their documents).
 */
export async function withReports(
  db: Kysely<Database>,
  rows: readonly EventsTable[],
): Promise<StoredEvent[]> {
  const merged = rows.filter((r) => r.cluster_id !== null && (r.num_mentions ?? 1) > 1).map((r) => r.id);
  const further =
    merged.length === 0
      ? []
      : await db
          .selectFrom("events")
          .select([
            "id",
            "cluster_id",
            "document_id",
            "source_url",
            "evidence_text",
            "evidence_start",
            "evidence_end",
          ])
          .where("cluster_id", "in", merged)
          .whereRef("cluster_id", "<>", "id")
          .orderBy("sort_date")
          .orderBy("id")
          .execute();
  const documents = [...new Set([...rows, ...further].map((r) => r.document_id))];
  const sources = new Map<string, string>();
  const fetched = new Map<string, string>();
  if (documents.length)
    for (const d of await db
      .selectFrom("documents")
      .select(["id", "source", "fetched_at"])
      .where("id", "in", documents)
      .execute()) {
      sources.set(d.id, d.source);
      fetched.set(d.id, d.fetched_at);
    }
  const report = (
    r: Pick<EventsTable, "document_id" | "source_url" | "evidence_text" | "evidence_start" | "evidence_end">,
  ): EventReport => ({
    documentId: r.document_id,
    source: r.source_url ?? sources.get(r.document_id) ?? "",
    evidence: { text: r.evidence_text, start: r.evidence_start, end: r.evidence_end },
  });
  const byCluster = new Map<string, EventReport[]>();
  for (const f of further) {
    const list = byCluster.get(f.cluster_id!) ?? [];
    list.push(report(f));
    byCluster.set(f.cluster_id!, list);
  }
  // Added to the record fromEventRow made rather than spread into a new literal: V8 allocates
  // the objects of that spread site in its old generation, where each event of a million-event
  // export stayed until a full collection (~3 MB promoted per scavenge, 100 MB more peak memory).
  return rows.map((r) =>
    Object.assign(fromEventRow(r), {
      numMentions: r.num_mentions ?? 1,
      numSources: r.num_sources ?? 1,
      sortDate: r.sort_date || null,
      addedAt: fetched.get(r.document_id) ?? null,
      reports: [report(r), ...(byCluster.get(r.id) ?? [])],
    }),
  );
}
