import type { Kysely } from "kysely";
import type { CursorPosition } from "./cursor.js";
import type { DialectName } from "./dialect-name.js";
import { applyEventFilter } from "./event-filter.js";
import type { Database, EventsTable } from "./schema.js";
import type { EventFilter } from "./store.js";

/**
 * Up to `count` canonical event rows (one per merged event: a GDELT row, or one stored before
 * merging, is its own) matching `filter`, after `after`, ordered by date then id (newest first
 * when `descending`).
 *
 * `country` alone is read as two queries, actor = C and target = C (and actor ≠ C), each walking
 * its own index in date order and stopping at `count`, merged here: one query with
 * `actor = C OR target = C` makes SQLite read every match of both indexes and sort them all.
 */
export async function eventPageRows(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: EventFilter,
  after: CursorPosition | null,
  count: number,
  descending = false,
): Promise<EventsTable[]> {
  const [dir, past, pastOrAt] = descending ? (["desc", "<", "<="] as const) : (["asc", ">", ">="] as const);
  const select = (f: EventFilter) => {
    let q = applyEventFilter(db.selectFrom("events").selectAll(), f, dialect).where((eb) =>
      eb.or([eb("cluster_id", "is", null), eb("cluster_id", "=", eb.ref("id"))]),
    );
    // The first term alone bounds an index range on sort_date; the second drops the rows up to the cursor.
    if (after)
      q = q
        .where("sort_date", pastOrAt, after.sortDate)
        .where((eb) => eb.or([eb("sort_date", past, after.sortDate), eb("id", past, after.id)]));
    return q.orderBy("sort_date", dir).orderBy("id", dir).limit(count);
  };
  const { country, ...rest } = filter;
  if (country === undefined || rest.actor !== undefined || rest.target !== undefined)
    return select(filter).execute();
  const [asActor, asTarget] = await Promise.all([
    select({ ...rest, actor: country }).execute(),
    select({ ...rest, target: country })
      .where("actor", "<>", country)
      .execute(),
  ]);
  return mergeByDateAndId(asActor, asTarget, descending).slice(0, count);
}

function mergeByDateAndId(
  a: readonly EventsTable[],
  b: readonly EventsTable[],
  descending: boolean,
): EventsTable[] {
  const out: EventsTable[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && before(x, y) !== descending)) {
      out.push(x!);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

function before(x: EventsTable, y: EventsTable): boolean {
  return x.sort_date < y.sort_date || (x.sort_date === y.sort_date && x.id < y.id);
}
