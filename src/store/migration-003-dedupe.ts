import { sql, type Kysely, type Migration } from "kysely";
import { documentSimHash } from "../dedupe/document-simhash.js";

/** Documents hashed per round trip while backfilling. */
const BACKFILL_PAGE = 500;
const BANDS = ["simhash_b0", "simhash_b1", "simhash_b2", "simhash_b3"] as const;

/**
 * Near-duplicate documents and merged events: `documents.simhash` with its four indexed 16-bit
 * bands and `duplicate_of`; `events.cluster_id`, `num_mentions` and `num_sources`. Documents
 * stored before get their hash (so new copies of them are found); their events become merged
 * events of one mention each. The two event indexes are partial (`cluster_id IS NOT NULL`), so
 * that GDELT rows, which never merge, cost the bulk import nothing more.
 */
export function dedupeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [column, type] of [
        ["simhash", "text"],
        ...BANDS.map((b) => [b, "integer"] as const),
        ["duplicate_of", "text"],
      ] as const)
        await db.schema.alterTable("documents").addColumn(column, type).execute();
      for (const [column, type] of [
        ["cluster_id", "text"],
        ["num_mentions", "integer"],
        ["num_sources", "integer"],
      ] as const)
        await db.schema.alterTable("events").addColumn(column, type).execute();
      await backfill(db);
      for (const band of BANDS)
        await db.schema.createIndex(`documents_${band}`).on("documents").column(band).execute();
      await db.schema
        .createIndex("events_merge_key")
        .on("events")
        .columns(["actor", "target", "type", "sort_date"])
        .where(sql.ref("cluster_id"), "is not", null)
        .execute();
      await db.schema
        .createIndex("events_cluster")
        .on("events")
        .column("cluster_id")
        .where(sql.ref("cluster_id"), "is not", null)
        .execute();
    },
  };
}

async function backfill(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE events SET cluster_id = id, num_mentions = 1, num_sources = 1
    WHERE document_id IN (SELECT id FROM documents WHERE format <> 'gdelt')`.execute(db);
  for (let after = ""; ;) {
    const page = await sql<{ id: string; title: string | null; main_text: string }>`
      SELECT id, title, main_text FROM documents WHERE id > ${after} AND format <> 'gdelt'
      ORDER BY id LIMIT ${BACKFILL_PAGE}`.execute(db);
    for (const d of page.rows) {
      const hash = documentSimHash(d.main_text, d.title);
      if (hash)
        await sql`UPDATE documents SET simhash = ${hash.hex}, simhash_b0 = ${hash.bands[0]},
          simhash_b1 = ${hash.bands[1]}, simhash_b2 = ${hash.bands[2]}, simhash_b3 = ${hash.bands[3]}
          WHERE id = ${d.id}`.execute(db);
    }
    const last = page.rows[page.rows.length - 1];
    if (!last) return;
    after = last.id;
  }
}
