import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { EVENT_COLUMNS } from "./event-columns.js";
import { cellAccumulator } from "../analysis/alignment-cells.js";
import { alignmentEvent } from "./alignment-increments.js";
import { SQLITE_UPSERT_CELL, upsertCells } from "./alignment-rollup-write.js";
import { rollupAccumulator } from "./rollup-rows.js";
import type { Database, EventsTable } from "./schema.js";

/** Rows per transaction: a crash loses at most this many, and memory stays bounded. */
export const BULK_TRANSACTION_ROWS = 50_000;
/** Rows per PostgreSQL INSERT: 1000 rows x 27 columns stays under its 65,535 bound parameters. */
const PG_STATEMENT_ROWS = 1000;
/** SQLite page cache while bulk inserting, in KiB: seven b-trees take each row. */
const BULK_CACHE_KIB = 256 * 1024;

/**
 * The SQLite bulk path: one prepared `INSERT OR IGNORE`, one transaction per 50,000 rows pulled
 * from the iterator (so rows are made, bound and dropped one at a time), and the rollup of the rows
 * actually inserted aggregated in memory and upserted in the same transaction.
 */
export function sqliteBulkInsert(raw: BetterSqlite3.Database): (rows: Iterable<EventsTable>) => number {
  raw.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  const insert = raw.prepare(
    `INSERT OR IGNORE INTO events (${EVENT_COLUMNS.join(", ")}) VALUES (${EVENT_COLUMNS.map(() => "?").join(", ")})`,
  );
  const upsert = raw.prepare(
    "INSERT INTO country_month_rollup (country, month, type, count, weight_sum) VALUES (?, ?, ?, ?, ?) " +
      "ON CONFLICT (country, month, type) DO UPDATE SET count = count + excluded.count, " +
      "weight_sum = weight_sum + excluded.weight_sum",
  );
  const upsertCell = raw.prepare(SQLITE_UPSERT_CELL);
  /** Inserts up to one transaction's rows; returns how many were inserted and whether rows are left. */
  const batch = raw.transaction((rows: Iterator<EventsTable>): { inserted: number; more: boolean } => {
    const rollup = rollupAccumulator();
    const cells = cellAccumulator();
    let inserted = 0;
    let more = true;
    for (let n = 0; n < BULK_TRANSACTION_ROWS; n++) {
      const next = rows.next();
      if (next.done) {
        more = false;
        break;
      }
      const r = next.value;
      // Bound by position in EVENT_COLUMNS order: named parameters (`insert.run(r)`) cost ~2 µs more
      // a row, about 9% of a GDELT import; store.test.ts checks that every column lands in place.
      const { changes } = insert.run(
        r.id,
        r.document_id,
        r.type,
        r.actor,
        r.target,
        r.actor_text,
        r.target_text,
        r.actor_role,
        r.modality,
        r.date,
        r.date_source,
        r.sort_date,
        r.location_name,
        r.location_country,
        r.weapon,
        r.cameo,
        r.plover,
        r.weight,
        r.confidence,
        r.evidence_text,
        r.evidence_start,
        r.evidence_end,
        r.mentions,
        r.source_url,
        r.cluster_id,
        r.num_mentions,
        r.num_sources,
      );
      if (changes) {
        inserted++;
        rollup.add(r);
        cells.add(alignmentEvent(r));
      }
    }
    for (const u of rollup.rows()) upsert.run(u.country, u.month, u.type, u.count, u.weight_sum);
    for (const c of cells.cells())
      upsertCell.run(
        c.country,
        c.month,
        c.pole,
        c.role,
        c.sign,
        c.count,
        c.wcSum,
        c.wcLogSourcesSum,
        c.topId,
        c.topType,
        c.topScore,
      );
    return { inserted, more };
  });
  return (rows) => {
    const iterator = rows[Symbol.iterator]();
    let total = 0;
    for (let more = true; more;) {
      const done = batch(iterator);
      total += done.inserted;
      more = done.more;
    }
    return total;
  };
}

/**
 * The PostgreSQL bulk path: multi-row `INSERT ... ON CONFLICT DO NOTHING RETURNING`, 1000 rows a
 * statement, one transaction per 50,000 rows with the rollup of what was inserted.
 */
export async function postgresBulkInsert(db: Kysely<Database>, rows: Iterable<EventsTable>): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  let total = 0;
  for (let more = true; more;) {
    total += await db.transaction().execute(async (trx) => {
      const rollup = rollupAccumulator();
      const cells = cellAccumulator();
      let inserted = 0;
      for (let n = 0; n < BULK_TRANSACTION_ROWS && more; n += PG_STATEMENT_ROWS) {
        const chunk: EventsTable[] = [];
        while (chunk.length < PG_STATEMENT_ROWS) {
          const next = iterator.next();
          if (next.done) {
            more = false;
            break;
          }
          chunk.push(next.value);
        }
        if (chunk.length === 0) break;
        const returned = await trx
          .insertInto("events")
          .values(chunk)
          .onConflict((oc) => oc.column("id").doNothing())
          .returning([
            "id",
            "actor",
            "target",
            "type",
            "modality",
            "sort_date",
            "weight",
            "confidence",
            "num_sources",
          ])
          .execute();
        for (const r of returned) {
          rollup.add(r);
          cells.add(alignmentEvent(r));
        }
        inserted += returned.length;
      }
      const increments = rollup.rows();
      for (let j = 0; j < increments.length; j += PG_STATEMENT_ROWS)
        await trx
          .insertInto("country_month_rollup")
          .values(increments.slice(j, j + PG_STATEMENT_ROWS))
          .onConflict((oc) =>
            oc.columns(["country", "month", "type"]).doUpdateSet((eb) => ({
              count: eb("country_month_rollup.count", "+", eb.ref("excluded.count")),
              weight_sum: eb("country_month_rollup.weight_sum", "+", eb.ref("excluded.weight_sum")),
            })),
          )
          .execute();
      await upsertCells(trx, cells.cells());
      return inserted;
    });
  }
  return total;
}
