import type { Kysely } from "kysely";
import { withReports } from "./event-reports.js";
import type { Database } from "./schema.js";
import type { StoredEvent } from "./store.js";

/**
 * One merged event by the id of any of its reports: the canonical row's fields with every
 * report. Null for an unknown id.
 */
export async function getEvent(db: Kysely<Database>, id: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return null;
  const canonical =
    row.cluster_id !== null && row.cluster_id !== row.id
      ? await db.selectFrom("events").selectAll().where("id", "=", row.cluster_id).executeTakeFirst()
      : row;
  const [event] = await withReports(db, [canonical ?? row]);
  return event ?? null;
}

/** The first and last month with a dated event (its date, else its document's publication date). */
export async function eventSpan(
  db: Kysely<Database>,
): Promise<{ first: string | null; last: string | null }> {
  // Two index-ordered reads of events_sort rather than MIN and MAX, which some planners scan for.
  const first = await db
    .selectFrom("events")
    .select("sort_date")
    .where("sort_date", ">", "")
    .orderBy("sort_date", "asc")
    .limit(1)
    .executeTakeFirst();
  const last = await db
    .selectFrom("events")
    .select("sort_date")
    .orderBy("sort_date", "desc")
    .limit(1)
    .executeTakeFirst();
  const month = (d: string | undefined) =>
    d && d.length >= 7 ? d.slice(0, 7) : d ? `${d.slice(0, 4)}-01` : null;
  return { first: month(first?.sort_date), last: month(last?.sort_date || undefined) };
}
