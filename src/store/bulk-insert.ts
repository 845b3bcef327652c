import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { EVENT_COLUMNS } from "./event-columns.js";
import { cellAccumulator } from "../analysis/alignment-cells.js";
import { alignmentEvent } from "./alignment-increments.js";
import { cellRow, cellValues, SQLITE_UPSERT_CELL, upsertCells } from "./alignment-rollup-write.js";
import { lockAlignment, markStale, SQLITE_MARK_STALE, touchedMonths } from "./alignment-index-write.js";
import { rollupAccumulator } from "./rollup-rows.js";
import { sqliteRollupTotals } from "./rollup-totals.js";
import type { Database, EventsTable } from "./schema.js";

/** Rows per transaction: a crash loses at most this many, and memory stays bounded. */
export const BULK_TRANSACTION_ROWS = 50_000;
/** Rows per PostgreSQL INSERT: 1000 rows x 27 columns stays under its 65,535 bound parameters. */
const PG_STATEMENT_ROWS = 1000;
/** SQLite page cache while bulk inserting, in KiB: seven b-trees take each row. */
const BULK_CACHE_KIB = 256 * 1024;
/**
 * SQLite page cache, in KiB, while the long transaction appends rows with the secondary indexes
 * dropped: the rows and the id index grow at their ends, so a few pages are hot.
 */
const APPEND_CACHE_KIB = 16 * 1024;
/**
 * SQLite page cache, in KiB, while the dropped indexes are built again. The sorter keeps this much
 * in memory before it merges: sorting runs that fit the CPU's caches and merging them took ~2/3 of
 * the CPU time of sorting all rows at once in a 256 MiB cache (bench/gdelt-import.mjs).
 */
const INDEX_BUILD_CACHE_KIB = 2 * 1024;

/** How the SQLite bulk path runs; tests make its transactions small. */
export interface SqliteBulkOptions {
  /** Rows per transaction, and per rollup increment (default 50,000). */
  readonly transactionRows?: number;
}

/**
 * The SQLite bulk path: one prepared `INSERT OR IGNORE`, one transaction per 50,000 rows pulled
 * from the iterator (so rows are made, bound and dropped one at a time), and the rollup of the rows
 * actually inserted aggregated in memory and upserted in the same transaction.
 *
 * When an import grows the table a lot (into an empty table, or once it has inserted as many rows as
 * the table held before it, say a first large GDELT file), the rest of it goes into one transaction
 * that drops the events table's plain secondary indexes, inserts, and builds them again: updating
 * five b-trees at random places cost ~2/3 of the insert time, and sorting once is far cheaper
 * (bench/gdelt-import.mjs). Its rollups are summed in memory and written once at its end
 * (`sqliteRollupTotals`). Being one transaction, a crash never leaves the table without its
 * indexes; it loses that rest of the import, which a re-run stores (event ids make importing twice
 * harmless). Into an empty table it is written without WAL when nothing else has the file open
 * (`leaveWal`). Rows, rollups (incremented every 50,000 rows pulled, as before, so their float sums are
 * the same) and index definitions end up exactly as without it.
 */
export function sqliteBulkInsert(
  raw: BetterSqlite3.Database,
  options: SqliteBulkOptions = {},
): (rows: Iterable<EventsTable>) => number {
  const perTransaction = options.transactionRows ?? BULK_TRANSACTION_ROWS;
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
  const markStale = raw.prepare(SQLITE_MARK_STALE);
  const totals = sqliteRollupTotals(raw);
  /**
   * Inserts up to one transaction's rows (`first`, when given, before those of `rows`); returns how
   * many were inserted, whether rows are left, and the rollup increments of those inserted.
   */
  const chunk = (rows: Iterator<EventsTable>, first?: EventsTable) => {
    const rollup = rollupAccumulator();
    const cells = cellAccumulator();
    let inserted = 0;
    let more = true;
    for (let n = 0; n < perTransaction; n++) {
      let r: EventsTable;
      if (n === 0 && first !== undefined) r = first;
      else {
        const next = rows.next();
        if (next.done) {
          more = false;
          break;
        }
        r = next.value;
      }
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
        const weight = Number(r.weight);
        rollup.addFields(r.actor, r.target, r.type, r.modality, r.sort_date, weight);
        cells.addFields(
          r.id,
          r.type,
          r.actor,
          r.target,
          r.modality,
          r.sort_date,
          weight,
          Number(r.confidence),
          r.num_sources ?? 1,
        );
      }
    }
    return { inserted, more, rollup: rollup.rows(), cells: cells.cells() };
  };
  /** One transaction's rows, with the rollup increments upserted in it. */
  const batch = raw.transaction((rows: Iterator<EventsTable>): { inserted: number; more: boolean } => {
    const { inserted, more, rollup, cells } = chunk(rows);
    for (const u of rollup) upsert.run(u.country, u.month, u.type, u.count, u.weight_sum);
    for (const c of cells) upsertCell.run(...cellValues(cellRow(c)));
    // Their index rows are computed after the last transaction (src/store/alignment-index-write.ts).
    for (const [country, months] of touchedMonths(cells))
      for (const month of months) markStale.run(country, month);
    return { inserted, more };
  });
  /** `first` and the rest of the rows in one transaction, the plain secondary indexes built afterwards. */
  const deferred = raw.transaction((first: EventsTable, rows: Iterator<EventsTable>): number => {
    // Partial indexes stay: they hold no imported rows, and building one scans the whole table.
    const indexes = raw
      .prepare(
        "SELECT m.name AS name, m.sql AS sql FROM pragma_index_list('events') AS l " +
          "JOIN sqlite_master AS m ON m.name = l.name WHERE l.origin = 'c' AND l.partial = 0 ORDER BY m.rowid",
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) raw.exec(`DROP INDEX "${index.name.replaceAll('"', '""')}"`);
    let inserted = 0;
    try {
      raw.pragma(`cache_size = -${APPEND_CACHE_KIB}`);
      for (let more = true, next: EventsTable | undefined = first; more; next = undefined) {
        const done = chunk(rows, next);
        inserted += done.inserted;
        more = done.more;
        totals.addRollup(done.rollup);
        totals.addCells(done.cells);
      }
      totals.write();
      raw.pragma(`cache_size = -${INDEX_BUILD_CACHE_KIB}`);
      for (const index of indexes) raw.exec(index.sql);
    } finally {
      raw.pragma(`cache_size = -${BULK_CACHE_KIB}`);
    }
    return inserted;
  });
  const highestRowid = raw.prepare("SELECT max(rowid) AS n FROM events").pluck();
  return (rows) => {
    // An upper bound of the rows stored before (rowids are not reused while the table has rows).
    const before = Number(highestRowid.get() ?? 0);
    const iterator = rows[Symbol.iterator]();
    let total = 0;
    for (let more = true; more;) {
      if (total >= before) {
        const next = iterator.next();
        if (next.done) return total;
        const withoutWal = before === 0 && leaveWal(raw);
        try {
          return total + deferred(next.value, iterator);
        } finally {
          if (withoutWal) backToWal(raw);
        }
      }
      const done = batch(iterator);
      total += done.inserted;
      more = done.more;
    }
    return total;
  };
}

/**
 * Turns WAL off for an import into an empty events table when no other connection has the file
 * open (switching out of WAL needs that; the switch is tried without waiting). In WAL every page of
 * the long transaction is written twice, to the WAL and then by the checkpoint into the file: 1.5-2 s
 * of CPU and ~1.5 s of wall time in a 1,000,000-row import of ~13 s (bench/gdelt-import.mjs). In a
 * rollback journal the new pages are written once and need no journal. The price: a reader that opens
 * the file during that transaction waits for it (up to its busy timeout) instead of reading the old
 * state, which here holds no events. Returns whether it did.
 */
function leaveWal(raw: BetterSqlite3.Database): boolean {
  if (raw.pragma("journal_mode", { simple: true }) !== "wal") return false;
  const timeout = raw.pragma("busy_timeout", { simple: true }) as number;
  raw.pragma("busy_timeout = 0");
  try {
    return raw.pragma("journal_mode = DELETE", { simple: true }) === "delete";
  } catch {
    return false; // SQLITE_BUSY: another connection has the file open.
  } finally {
    raw.pragma(`busy_timeout = ${timeout}`);
  }
}

/** WAL on again after `leaveWal`; should a reader hold the file, the next writer to open it does it. */
function backToWal(raw: BetterSqlite3.Database): void {
  const timeout = raw.pragma("busy_timeout", { simple: true }) as number;
  raw.pragma("busy_timeout = 0");
  try {
    raw.pragma("journal_mode = WAL");
  } catch {
    // SQLITE_BUSY: a reader opened it meanwhile.
  } finally {
    raw.pragma(`busy_timeout = ${timeout}`);
  }
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
      await lockAlignment(trx, "postgres");
      await upsertCells(trx, "postgres", cells.cells());
      await markStale(trx, cells.cells());
      return inserted;
    });
  }
  return total;
}
