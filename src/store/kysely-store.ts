import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import { readMaterialisedIndex } from "./alignment-index-read.js";
import { lockAlignment, rebuildIndexRows, refreshStaleIndex } from "./alignment-index-write.js";
import { readAlignmentRollup } from "./alignment-rollup-read.js";
import { rollupFromEvents } from "./alignment-rollup-write.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import type { DialectName } from "./dialect-name.js";
import { postgresBulkInsert, sqliteBulkInsert } from "./bulk-insert.js";
import { eventPageRows } from "./event-page-rows.js";
import { getDocument } from "./get-document.js";
import { eventSpan, getEvent } from "./get-event.js";
import { withReports } from "./event-reports.js";
import { migrator } from "./migrations.js";
import { provenanceColumns, putDocument } from "./put-document.js";
import { leaveAtRest } from "./sqlite-database.js";
import type { Database, EventsTable } from "./schema.js";
import type {
  EventFilter,
  EventPage,
  ImportedFile,
  PageOptions,
  PutResult,
  RawInfo,
  RollupFilter,
  RollupRow,
  Store,
  StreamOptions,
} from "./store.js";

/**
 * Events read per round trip when streaming. A page lives until its last event is written: 1,000
 * events (~8 MB with their rows) outlived two young-generation collections, so every page of a
 * million-event export went to V8's old generation and the heap grew to ~100 MB between full
 * collections; a page of 250 dies young (bench/export.mjs).
 */
const STREAM_PAGE = 250;

/**
 * The one Store implementation: every query is kysely's, so SQLite and PostgreSQL differ only
 * in their dialect (see open-store.ts) and in the full-text part of the migration.
 */
export function kyselyStore(db: Kysely<Database>, dialect: DialectName, raw?: BetterSqlite3.Database): Store {
  // Prepared on first use, once the migrations have made the columns it names.
  let sqliteBulk: ((rows: Iterable<EventsTable>) => number) | null = null;

  async function queryEvents(filter: EventFilter, page: PageOptions): Promise<EventPage> {
    const limit = Math.max(1, Math.floor(page.limit));
    const after = page.cursor ? decodeCursor(page.cursor) : null;
    const rows = await eventPageRows(db, dialect, filter, after, limit + 1, page.order === "desc");
    const more = rows.length > limit;
    const kept = more ? rows.slice(0, limit) : rows;
    const last = kept[kept.length - 1];
    return {
      events: await withReports(db, kept),
      nextCursor: more && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null,
    };
  }

  return {
    dialect,

    async migrate() {
      const { error, results } = await (await migrator(db, dialect)).migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
        throw new Error(`migration failed: ${failed}`, { cause: error });
      }
    },

    async schemaStatus() {
      const migrations = await (await migrator(db, dialect)).getMigrations();
      return {
        applied: migrations.filter((m) => m.executedAt !== undefined).length,
        total: migrations.length,
      };
    },

    putDocument: (doc: ExtractedDocument, raw: RawInfo): Promise<PutResult> =>
      putDocument(db, dialect, doc, raw),

    async hasDocument(id: string) {
      const row = await db.selectFrom("documents").select("id").where("id", "=", id).executeTakeFirst();
      return row !== undefined;
    },

    async setProvenance(id, provenance) {
      const columns = provenanceColumns(provenance);
      // Only a row whose provenance differs is written: a re-run over an unchanged folder writes nothing.
      const result = await db
        .updateTable("documents")
        .set(columns)
        .where("id", "=", id)
        .where((eb) =>
          eb.or(
            (Object.keys(columns) as (keyof typeof columns)[]).map((c) =>
              columns[c] === null
                ? eb(c, "is not", null)
                : eb.or([eb(c, "is", null), eb(c, "!=", columns[c])]),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    getDocument: (id: string) => getDocument(db, id),

    getEvent: (id: string) => getEvent(db, id),

    eventSpan: () => eventSpan(db),

    queryEvents,

    async *streamEvents(filter: EventFilter, options: StreamOptions = {}) {
      let left = options.limit ?? Infinity;
      let cursor: string | null = options.cursor ?? null;
      while (left > 0) {
        const page: EventPage = await queryEvents(filter, {
          limit: Math.min(STREAM_PAGE, left),
          cursor,
          ...(options.order ? { order: options.order } : {}),
        });
        for (const event of page.events) yield event;
        left -= page.events.length;
        if (!page.nextCursor) return;
        cursor = page.nextCursor;
      }
    },

    alignmentRollup: (filter) => readAlignmentRollup(db, filter),

    materialisedIndex: (filter) => readMaterialisedIndex(db, filter),

    rebuildAlignment: () =>
      db.transaction().execute(async (trx) => {
        await lockAlignment(trx, dialect);
        await trx.deleteFrom("alignment_rollup").execute();
        const cells = await rollupFromEvents(trx, dialect);
        return { cells, rows: await rebuildIndexRows(trx) };
      }),

    async countryMonthRollup(filter: RollupFilter): Promise<readonly RollupRow[]> {
      let q = db
        .selectFrom("country_month_rollup")
        .select(["country", "month", "type"])
        .select((eb) => [
          eb.fn.sum<number | string>("count").as("count"),
          eb.fn.sum<number | string>("weight_sum").as("weight_sum"),
        ])
        .groupBy(["country", "month", "type"]);
      if (filter.country !== undefined) q = q.where("country", "=", filter.country);
      if (filter.type !== undefined) q = q.where("type", "=", filter.type);
      if (filter.from !== undefined) q = q.where("month", ">=", filter.from);
      if (filter.to !== undefined) q = q.where("month", "<=", filter.to);
      const rows = await q.orderBy("country").orderBy("month").orderBy("type").execute();
      return rows.map((r) => ({
        country: r.country,
        month: r.month,
        type: r.type,
        count: Number(r.count),
        weightSum: Number(r.weight_sum),
      }));
    },

    async putImportedFile(file: ImportedFile): Promise<boolean> {
      const inserted = await db
        .insertInto("documents")
        .values({
          id: file.id,
          source: file.source,
          fetched_at: file.fetchedAt,
          published: null,
          language: null,
          title: file.title,
          format: file.format,
          content_type: file.contentType,
          main_text: "",
          raw_sha256: file.id,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async bulkInsertEvents(rows: Iterable<EventsTable>): Promise<number> {
      if (raw) {
        sqliteBulk ??= sqliteBulkInsert(raw);
        return sqliteBulk(rows);
      }
      return postgresBulkInsert(db, rows);
    },

    refreshAlignmentIndex: () => refreshStaleIndex(db, dialect),

    async documentSource(id: string): Promise<string | null> {
      const row = await db.selectFrom("documents").select("source").where("id", "=", id).executeTakeFirst();
      return row?.source ?? null;
    },

    async close() {
      if (raw) leaveAtRest(raw);
      await db.destroy();
    },
  };
}
