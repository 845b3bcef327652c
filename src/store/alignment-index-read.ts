import type { Kysely } from "kysely";
import type { StoredEvidence } from "../analysis/index-evidence.js";
import type { Database } from "./schema.js";
import type { MaterialisedIndex, MaterialisedIndexFilter } from "./store.js";

/**
 * The stored evidence of months `from`..`to` (one country's, or every country's), with its
 * components' or their summary's JSON text as stored (not parsed: requests splice it), the stale marks
 * of months `staleFrom`..`to` and the fingerprint of the weights the rows were computed with:
 * three indexed reads of at most countries x months rows, whatever the number of events.
 */
export async function readMaterialisedIndex(
  db: Kysely<Database>,
  filter: MaterialisedIndexFilter,
): Promise<MaterialisedIndex> {
  const meta = await db
    .selectFrom("alignment_index_meta")
    .select("value")
    .where("name", "=", "evidence")
    .executeTakeFirst();
  let stale = db
    .selectFrom("alignment_index_stale")
    .select(["country", "month"])
    .where("month", ">=", filter.staleFrom)
    .where("month", "<=", filter.to);
  if (filter.country !== undefined) stale = stale.where("country", "=", filter.country);
  let rows = db
    .selectFrom("alignment_index")
    .select([
      "country",
      "month",
      "event_part",
      "coverage",
      "thin",
      "china",
      filter.part === "summary" ? "summary as json" : "components as json",
    ])
    .where("month", ">=", filter.from)
    .where("month", "<=", filter.to);
  if (filter.country !== undefined) rows = rows.where("country", "=", filter.country);
  return {
    fingerprint: meta?.value ?? null,
    stale: await stale.execute(),
    rows: (await rows.execute()).map((r): StoredEvidence => ({
      country: r.country,
      month: r.month,
      eventPart: Number(r.event_part),
      coverage: Number(r.coverage),
      thin: Number(r.thin) === 1,
      china: Number(r.china),
      componentsJson: r.json,
    })),
  };
}
