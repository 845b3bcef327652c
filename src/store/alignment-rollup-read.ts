import type { Kysely } from "kysely";
import type { AlignmentCell } from "../analysis/alignment-cells.js";
import type { Pole } from "../analysis/poles.js";
import type { Database } from "./schema.js";
import type { AlignmentRollupFilter } from "./store.js";

/**
 * The alignment rollup cells of a month range, for one country (its primary key's prefix) or all
 * (the month index): a range read, never a scan of events.
 */
export async function readAlignmentRollup(
  db: Kysely<Database>,
  filter: AlignmentRollupFilter,
): Promise<AlignmentCell[]> {
  let q = db
    .selectFrom("alignment_rollup")
    .selectAll()
    .where("month", ">=", filter.from)
    .where("month", "<=", filter.to);
  if (filter.country !== undefined) q = q.where("country", "=", filter.country);
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
