import { sql, type Kysely } from "kysely";
import { documentSimHash } from "../dedupe/document-simhash.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import type { DialectName } from "./dialect-name.js";
import { toEventRow } from "./event-row.js";
import { findCanonical } from "./find-duplicate.js";
import { mergeEvents } from "./merge-events.js";
import { rollupRows } from "./rollup-rows.js";
import { alignmentIncrements } from "./alignment-increments.js";
import { upsertCells } from "./alignment-rollup-write.js";
import { lockAlignment, refreshIndexRows, touchedMonths } from "./alignment-index-write.js";
import type { Database, DocumentsTable } from "./schema.js";
import type { Provenance } from "../ingest/provenance.js";
import type { PutResult, RawInfo } from "./store.js";

/** PostgreSQL advisory lock key held by each document write: merges see every earlier document. */
const MERGE_LOCK = 0x63757274; // "curt"

/**
 * Stores one document in one transaction: the document row (with its SimHash), its link to the
 * canonical document when it is a near-duplicate, its events merged with those stored before, the
 * merged events' counts, the rollup of the new merged events and the alignment index rows of the
 * months they touch. A no-op when the id exists.
 * PostgreSQL writers take one advisory lock first, so that two documents stored at once never both
 * start the same merged event (SQLite writers are serialised by its write lock already).
 */
export async function putDocument(
  db: Kysely<Database>,
  dialect: DialectName,
  doc: ExtractedDocument,
  raw: RawInfo,
): Promise<PutResult> {
  const d = doc.document;
  const hash = documentSimHash(doc.mainText, d.title);
  return db.transaction().execute(async (trx) => {
    if (dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${MERGE_LOCK})`.execute(trx);
    const inserted = await trx
      .insertInto("documents")
      .values({
        id: d.id,
        source: d.source,
        fetched_at: raw.fetchedAt,
        published: d.published,
        language: d.language,
        title: d.title,
        format: d.format,
        content_type: raw.contentType,
        main_text: doc.mainText,
        raw_sha256: raw.sha256,
        simhash: hash?.hex ?? null,
        simhash_b0: hash?.bands[0] ?? null,
        simhash_b1: hash?.bands[1] ?? null,
        simhash_b2: hash?.bands[2] ?? null,
        simhash_b3: hash?.bands[3] ?? null,
        duplicate_of: null,
        ...provenanceColumns(raw.provenance ?? null),
      })
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) return { stored: false, events: 0, duplicateOf: null, merged: 0 };
    // Looked up after the insert: in SQLite the insert takes the write lock, so nothing is stored between.
    const duplicateOf = hash ? await findCanonical(trx, dialect, d.id, hash, doc.mainText) : null;
    if (duplicateOf)
      await trx.updateTable("documents").set({ duplicate_of: duplicateOf }).where("id", "=", d.id).execute();
    const plan = await mergeEvents(
      trx,
      doc.events.map((e) => toEventRow({ ...e, documentId: d.id }, d.published)),
      { duplicateOf },
    );
    // Keep each statement's bound parameters well under SQLite's and PostgreSQL's limits.
    for (let i = 0; i < plan.rows.length; i += 200)
      await trx
        .insertInto("events")
        .values(plan.rows.slice(i, i + 200))
        .execute();
    const heads = new Set(plan.heads.map((h) => h.id));
    for (const row of rollupRows(
      doc.events.filter((e) => heads.has(e.id)),
      d.published,
    ))
      await trx
        .insertInto("country_month_rollup")
        .values(row)
        .onConflict((oc) =>
          oc.columns(["country", "month", "type"]).doUpdateSet((eb) => ({
            count: eb("country_month_rollup.count", "+", eb.ref("excluded.count")),
            weight_sum: eb("country_month_rollup.weight_sum", "+", eb.ref("excluded.weight_sum")),
          })),
        )
        .execute();
    const cells = await alignmentIncrements(trx, plan.heads, plan.sourceBumps);
    if (cells.length > 0) {
      await lockAlignment(trx, dialect);
      await upsertCells(trx, dialect, cells);
      await refreshIndexRows(trx, touchedMonths(cells));
    }
    return { stored: true, events: plan.rows.length, duplicateOf, merged: plan.merged };
  });
}

/** The documents columns of a provenance; all null when none is known. */
export function provenanceColumns(
  p: Provenance | null,
): Pick<DocumentsTable, "outlet" | "licence" | "attribution" | "origin" | "written"> {
  return {
    outlet: p?.outlet ?? null,
    licence: p?.licence ?? null,
    attribution: p?.attribution ?? null,
    origin: p?.origin ?? null,
    written: p ? (p.written ? 1 : 0) : null,
  };
}
