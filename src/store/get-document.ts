import type { Kysely } from "kysely";
import { fromEventRow } from "./event-row.js";
import type { Database } from "./schema.js";
import type { StoredDocument } from "./store.js";

/** One stored document with the events (reports) coded from it, in text order; null when unknown. */
export async function getDocument(db: Kysely<Database>, id: string): Promise<StoredDocument | null> {
  const d = await db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!d) return null;
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("document_id", "=", id)
    .orderBy("evidence_start")
    .orderBy("id")
    .execute();
  return {
    document: {
      id: d.id,
      source: d.source,
      format: d.format,
      title: d.title,
      published: d.published,
      language: d.language,
      fetchedAt: d.fetched_at,
      duplicateOf: d.duplicate_of ?? null,
      outlet: d.outlet ?? null,
      licence: d.licence ?? null,
      attribution: d.attribution ?? null,
      origin: d.origin ?? null,
      written: d.written === null || d.written === undefined ? null : Boolean(d.written),
    },
    mainText: d.main_text,
    // A report merged into an event first stated elsewhere names that event (its /api/events id).
    events: rows.map((r) => ({ ...fromEventRow(r), mergedEvent: r.cluster_id ?? r.id })),
  };
}
