import type { Kysely, Transaction } from "kysely";
import type { AlignmentCell } from "../analysis/alignment-cells.js";
import type { Pole } from "../analysis/poles.js";
import type { Database } from "./schema.js";
import type { AlignmentRollupFilter } from "./store.js";

/**
 * The alignment rollup cells of a month range, for one country (its primary key's prefix) or all
 * (the month index): a range read, never a scan of events.
 */
export function readAlignmentRollup(
  db: Kysely<Database> | Transaction<Database>,
  filter: AlignmentRollupFilter,
): Promise<AlignmentCell[]> {
  return readCells(db, filter.from, filter.to, filter.country === undefined ? undefined : [filter.country]);
}

/** The cells of months `from`..`to` of the given countries (of all when none are given). */
export async function readCells(
  db: Kysely<Database> | Transaction<Database>,
  from: string,
  to: string,
  countries?: readonly string[],
): Promise<AlignmentCell[]> {
  if (countries?.length === 0) return [];
  let q = db.selectFrom("alignment_rollup").selectAll().where("month", ">=", from).where("month", "<=", to);
  if (countries !== undefined)
    q = countries.length === 1 ? q.where("country", "=", countries[0]!) : q.where("country", "in", countries);
  const rows = await q.execute();
  return rows.map((r) => ({
    country: r.country,
    month: r.month,
    pole: r.pole as Pole,
    role: r.role as AlignmentCell["role"],
    sign: r.sign as AlignmentCell["sign"],
    count: Number(r.count),
    wcSum: Number(r.wc_sum),
    wcLogSourcesSum: Number(r.wcs_sum),
    topId: r.top_id,
    topType: r.top_type,
    topScore: Number(r.top_score),
  }));
}
