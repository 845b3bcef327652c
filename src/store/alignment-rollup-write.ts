import { sql, type Kysely, type Transaction } from "kysely";
import { cellAccumulator, type AlignmentCell } from "../analysis/alignment-cells.js";
import { alignmentEvent } from "./alignment-increments.js";
import type { DialectName } from "./dialect-name.js";
import type { AlignmentRollupTable, Database } from "./schema.js";

/** Merged events read per round trip while rebuilding. */
const REBUILD_PAGE = 20_000;

/** Rows per upsert statement: 11 parameters each, well under both dialects' limits. */
const UPSERT_ROWS = 500;

/** A cell as its table row. */
export function cellRow(c: AlignmentCell): AlignmentRollupTable {
  return {
    country: c.country,
    month: c.month,
    pole: c.pole,
    role: c.role,
    sign: c.sign,
    count: c.count,
    wc_sum: c.wcSum,
    wcs_sum: c.wcLogSourcesSum,
    top_id: c.topId,
    top_type: c.topType,
    top_score: c.topScore,
  };
}

/** A cell row's values in the table's column order, for a prepared INSERT of all eleven. */
export function cellValues(r: AlignmentRollupTable): (string | number)[] {
  return [
    r.country,
    r.month,
    r.pole,
    r.role,
    r.sign,
    r.count,
    r.wc_sum,
    r.wcs_sum,
    r.top_id,
    r.top_type,
    r.top_score,
  ];
}

/**
 * Adds cell increments to alignment_rollup: sums add, and the stronger of the stored and the new
 * top event names the cell (the higher score, on a tie the lower id, as `addCells`: a rollup names
 * the same events whatever order its events came in). One statement per 500 cells, in the caller's
 * transaction.
 */
export async function upsertCells(
  db: Kysely<Database> | Transaction<Database>,
  dialect: DialectName,
  cells: readonly AlignmentCell[],
): Promise<void> {
  // Ids compare bytewise, as JavaScript compares them (PostgreSQL would use the database's collation).
  const bytewise = sql.raw(dialect === "postgres" ? ' COLLATE "C"' : "");
  for (let i = 0; i < cells.length; i += UPSERT_ROWS)
    await db
      .insertInto("alignment_rollup")
      .values(cells.slice(i, i + UPSERT_ROWS).map(cellRow))
      .onConflict((oc) =>
        oc.columns(["country", "month", "pole", "role", "sign"]).doUpdateSet((eb) => {
          const stronger = sql<boolean>`(excluded.top_score > alignment_rollup.top_score OR (excluded.top_score = alignment_rollup.top_score AND excluded.top_id${bytewise} < alignment_rollup.top_id${bytewise}))`;
          return {
            count: eb("alignment_rollup.count", "+", eb.ref("excluded.count")),
            wc_sum: eb("alignment_rollup.wc_sum", "+", eb.ref("excluded.wc_sum")),
            wcs_sum: eb("alignment_rollup.wcs_sum", "+", eb.ref("excluded.wcs_sum")),
            top_id: sql<string>`CASE WHEN ${stronger} THEN excluded.top_id ELSE alignment_rollup.top_id END`,
            top_type: sql<string>`CASE WHEN ${stronger} THEN excluded.top_type ELSE alignment_rollup.top_type END`,
            top_score: sql<number>`CASE WHEN ${stronger} THEN excluded.top_score ELSE alignment_rollup.top_score END`,
          };
        }),
      )
      .execute();
}

const SQLITE_STRONGER =
  "(excluded.top_score > top_score OR (excluded.top_score = top_score AND excluded.top_id < top_id))";

/** The SQLite statement of the same upsert, for the bulk path's raw connection. */
export const SQLITE_UPSERT_CELL =
  "INSERT INTO alignment_rollup (country, month, pole, role, sign, count, wc_sum, wcs_sum, top_id, top_type, top_score) " +
  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (country, month, pole, role, sign) DO UPDATE SET " +
  "count = count + excluded.count, wc_sum = wc_sum + excluded.wc_sum, wcs_sum = wcs_sum + excluded.wcs_sum, " +
  `top_id = CASE WHEN ${SQLITE_STRONGER} THEN excluded.top_id ELSE top_id END, ` +
  `top_type = CASE WHEN ${SQLITE_STRONGER} THEN excluded.top_type ELSE top_type END, ` +
  "top_score = max(top_score, excluded.top_score)";

/**
 * Adds every merged event (canonical rows and rows that never merge) to the rollup, read in id order
 * one page at a time (migration 005's backfill, `curtain index --rebuild`). Returns the cells written.
 */
export async function rollupFromEvents(
  db: Kysely<Database> | Transaction<Database>,
  dialect: DialectName,
): Promise<number> {
  const acc = cellAccumulator();
  for (let after = ""; ;) {
    const page = await db
      .selectFrom("events")
      .select([
        "id",
        "type",
        "actor",
        "target",
        "modality",
        "sort_date",
        "weight",
        "confidence",
        "num_sources",
      ])
      .where("id", ">", after)
      .where((eb) => eb.or([eb("cluster_id", "is", null), eb("cluster_id", "=", eb.ref("id"))]))
      .orderBy("id")
      .limit(REBUILD_PAGE)
      .execute();
    for (const e of page) acc.add(alignmentEvent(e));
    const last = page[page.length - 1];
    if (!last) break;
    after = last.id;
  }
  const cells = acc.cells();
  await upsertCells(db, dialect, cells);
  return cells.length;
}
