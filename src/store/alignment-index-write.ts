import { sql, type Kysely, type Transaction } from "kysely";
import { loadAlignmentWeights, type AlignmentWeights } from "../analysis/alignment-weights.js";
import { computeEvidence } from "../analysis/compute-index.js";
import { evidenceFingerprint } from "../analysis/evidence-fingerprint.js";
import { isNoEvidence, type IndexEvidence } from "../analysis/index-evidence.js";
import { summariseComponents } from "../analysis/index-summary.js";
import { addMonths, monthRange } from "../analysis/month.js";
import { readCells } from "./alignment-rollup-read.js";
import type { DialectName } from "./dialect-name.js";
import type { AlignmentIndexTable, Database } from "./schema.js";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * PostgreSQL advisory lock taken by every transaction that writes alignment rollup cells or index
 * rows, before it writes them: a row is always computed from the cells as they are when it is
 * written, never from cells another transaction is changing. (SQLite writers are serialised already.)
 */
const ALIGNMENT_LOCK = 0x616c6e78; // "alnx"

/** Rows per INSERT: 8 parameters each. */
const INSERT_ROWS = 500;
/** Countries whose cells are read at once while recomputing. */
const COUNTRIES_PER_READ = 20;

/** Takes the alignment lock (PostgreSQL) for the rest of the transaction. */
export async function lockAlignment(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${ALIGNMENT_LOCK})`.execute(trx);
}

/** The months of each country in which cells were written. */
export function touchedMonths(
  cells: Iterable<{ readonly country: string; readonly month: string }>,
): Map<string, Set<string>> {
  const touched = new Map<string, Set<string>>();
  for (const c of cells) {
    let months = touched.get(c.country);
    if (!months) touched.set(c.country, (months = new Set()));
    months.add(c.month);
  }
  return touched;
}

/**
 * Recomputes, in the caller's transaction, every alignment_index row whose window holds a touched
 * month (month t changes the rows of t to t + window - 1) from the rollup as it is now: rows of
 * those months are deleted and those with evidence written. Returns how many were written.
 */
export async function refreshIndexRows(
  db: Db,
  touched: ReadonlyMap<string, ReadonlySet<string>>,
  weights: AlignmentWeights = loadAlignmentWeights(),
): Promise<number> {
  const span = weights.window.months;
  let written = 0;
  const countries = [...touched.keys()].sort();
  for (let i = 0; i < countries.length; i += COUNTRIES_PER_READ) {
    const plans = countries.slice(i, i + COUNTRIES_PER_READ).map((country) => ({
      country,
      ranges: affectedRanges(touched.get(country)!, span),
    }));
    const from = plans.map((p) => addMonths(p.ranges[0]![0], 1 - span)).reduce(min);
    const to = plans.map((p) => p.ranges[p.ranges.length - 1]![1]).reduce(max);
    const cells = await readCells(
      db,
      from,
      to,
      plans.map((p) => p.country),
    );
    const rows: AlignmentIndexTable[] = [];
    for (const { country, ranges } of plans) {
      const months = ranges.flatMap(([a, b]) => monthRange(a, b));
      for (const e of computeEvidence(cells, [country], months, weights))
        if (!isNoEvidence(e)) rows.push(indexRow(e));
      for (const [a, b] of ranges)
        await db
          .deleteFrom("alignment_index")
          .where("country", "=", country)
          .where("month", ">=", a)
          .where("month", "<=", b)
          .execute();
    }
    for (let j = 0; j < rows.length; j += INSERT_ROWS)
      await db
        .insertInto("alignment_index")
        .values(rows.slice(j, j + INSERT_ROWS))
        .execute();
    written += rows.length;
  }
  return written;
}

/**
 * Computes the rows the stale marks ask for (left by bulk inserts) and clears those marks, in one
 * transaction; a no-op without marks. Returns how many rows were written.
 */
export async function refreshStaleIndex(db: Kysely<Database>, dialect: DialectName): Promise<number> {
  const any = await db.selectFrom("alignment_index_stale").select("country").limit(1).executeTakeFirst();
  if (!any) return 0;
  return db.transaction().execute(async (trx) => {
    await lockAlignment(trx, dialect);
    // A write first: in SQLite it takes the write lock, so nothing changes the rollup before the commit.
    const marks = await trx.deleteFrom("alignment_index_stale").returning(["country", "month"]).execute();
    return refreshIndexRows(trx, touchedMonths(marks));
  });
}

/** Marks the months of written cells stale (in the bulk insert's transaction): rows computed later. */
export async function markStale(
  db: Db,
  cells: Iterable<{ readonly country: string; readonly month: string }>,
): Promise<void> {
  const keys = [...touchedMonths(cells)].flatMap(([country, months]) =>
    [...months].map((month) => ({ country, month })),
  );
  for (let i = 0; i < keys.length; i += INSERT_ROWS)
    await db
      .insertInto("alignment_index_stale")
      .values(keys.slice(i, i + INSERT_ROWS))
      .onConflict((oc) => oc.columns(["country", "month"]).doNothing())
      .execute();
}

/** The SQLite statement of the same, for the bulk path's raw connection. */
export const SQLITE_MARK_STALE =
  "INSERT INTO alignment_index_stale (country, month) VALUES (?, ?) ON CONFLICT (country, month) DO NOTHING";

/**
 * Every alignment_index row computed again from the rollup, stale marks cleared and the weights'
 * fingerprint recorded, in the caller's transaction (migration 006, `curtain index --rebuild`).
 */
export async function rebuildIndexRows(
  db: Db,
  weights: AlignmentWeights = loadAlignmentWeights(),
): Promise<number> {
  await db.deleteFrom("alignment_index").execute();
  await db.deleteFrom("alignment_index_stale").execute();
  const keys = await db.selectFrom("alignment_rollup").select(["country", "month"]).distinct().execute();
  const written = await refreshIndexRows(db, touchedMonths(keys), weights);
  await db
    .insertInto("alignment_index_meta")
    .values({ name: "evidence", value: evidenceFingerprint(weights) })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value: evidenceFingerprint(weights) }))
    .execute();
  return written;
}

/** The month ranges [first, last] whose rows a set of touched months changes, merged and in order. */
function affectedRanges(months: ReadonlySet<string>, span: number): [string, string][] {
  const ranges: [string, string][] = [];
  for (const m of [...months].sort()) {
    const end = addMonths(m, span - 1);
    const last = ranges[ranges.length - 1];
    if (last && m <= addMonths(last[1], 1)) {
      if (end > last[1]) last[1] = end;
    } else ranges.push([m, end]);
  }
  return ranges;
}

function indexRow(e: IndexEvidence): AlignmentIndexTable {
  return {
    country: e.country,
    month: e.month,
    event_part: e.eventPart,
    coverage: e.coverage,
    thin: e.thin ? 1 : 0,
    china: e.china,
    components: JSON.stringify(e.components),
    summary: JSON.stringify(summariseComponents(e.components)),
  };
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
