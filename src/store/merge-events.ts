import { sql, type Transaction } from "kysely";
import { mergeWindow, sameEvent, daysApart, type MergeKey } from "../dedupe/merge-rule.js";
import type { Database, EventsTable } from "./schema.js";

/** What is known of the document whose event rows are being merged. */
export interface MergeContext {
  /** The canonical document it is a near-duplicate of, else null. */
  readonly duplicateOf: string | null;
}

/** What merging did: the rows to insert (cluster fields set) and how many joined an earlier event. */
export interface MergePlan {
  readonly rows: readonly EventsTable[];
  /** Rows that are new merged events (to be counted in the rollup). */
  readonly heads: readonly EventsTable[];
  readonly merged: number;
  /** Stored merged events this document joined as a new independent source: cluster id -> sources added. */
  readonly sourceBumps: ReadonlyMap<string, number>;
}

/**
 * Assigns each new event row of a document to a merged event and bumps the counts of the merged
 * events stored before, inside the document's transaction. An event of a near-duplicate copy joins
 * the event of the same type, actor, target and modality in its canonical document whatever their
 * dates (the copy reports the same thing, even if published later); any other event joins the
 * closest stored merged event that `sameEvent` allows, else starts one. `num_sources` counts
 * canonical documents, so a copy adds a mention but not a source.
 */
export async function mergeEvents(
  trx: Transaction<Database>,
  rows: readonly EventsTable[],
  ctx: MergeContext,
): Promise<MergePlan> {
  const out: EventsTable[] = [];
  const heads: EventsTable[] = [];
  /** Stored merged events this document joined: mentions and sources to add. */
  const bumps = new Map<string, { mentions: number; sources: number }>();
  let merged = 0;
  const stored = await storedHeads(trx, rows);
  for (const row of rows) {
    const own = heads.find((h) => sameEvent(keyOf(h), keyOf(row)));
    if (own) {
      const at = out.indexOf(own);
      const bumped = { ...own, num_mentions: (own.num_mentions ?? 1) + 1 };
      out[at] = bumped;
      heads[heads.indexOf(own)] = bumped;
      out.push({ ...row, cluster_id: own.id, num_mentions: null, num_sources: null });
      continue;
    }
    const cluster =
      (ctx.duplicateOf && (await canonicalCopy(trx, row, ctx.duplicateOf))) || closest(stored, row);
    if (cluster === null) {
      const head = { ...row, cluster_id: row.id, num_mentions: 1, num_sources: 1 };
      out.push(head);
      heads.push(head);
      continue;
    }
    out.push({ ...row, cluster_id: cluster, num_mentions: null, num_sources: null });
    merged++;
    const bump = bumps.get(cluster);
    if (bump) bump.mentions++;
    else bumps.set(cluster, { mentions: 1, sources: (await reportedBy(trx, cluster, ctx)) ? 0 : 1 });
  }
  if (bumps.size) {
    // One statement for every merged event this document joined.
    const by = (pick: (b: { mentions: number; sources: number }) => number) =>
      sql<number>`CASE id ${sql.join(
        [...bumps].map(([cluster, b]) => sql`WHEN ${cluster} THEN ${pick(b)}`),
        sql` `,
      )} ELSE 0 END`;
    await trx
      .updateTable("events")
      .set((eb) => ({
        num_mentions: eb(
          "num_mentions",
          "+",
          by((b) => b.mentions),
        ),
        num_sources: eb(
          "num_sources",
          "+",
          by((b) => b.sources),
        ),
      }))
      .where("id", "in", [...bumps.keys()])
      .execute();
  }
  const sourceBumps = new Map([...bumps].filter(([, b]) => b.sources > 0).map(([id, b]) => [id, b.sources]));
  return { rows: out, heads, merged, sourceBumps };
}

function keyOf(row: EventsTable): MergeKey {
  return {
    type: row.type,
    actor: row.actor,
    target: row.target,
    modality: row.modality,
    date: row.date,
    sortDate: row.sort_date,
  };
}

/** The merged event of the same type, actor, target and modality in the canonical document. */
async function canonicalCopy(
  trx: Transaction<Database>,
  row: EventsTable,
  canonical: string,
): Promise<string | null> {
  const hit = await trx
    .selectFrom("events")
    .select("cluster_id")
    .where("document_id", "=", canonical)
    .where("type", "=", row.type)
    .where("actor", "=", row.actor)
    .where("target", "=", row.target)
    .where("modality", "=", row.modality)
    .where("cluster_id", "is not", null)
    .orderBy("id")
    .executeTakeFirst();
  return hit?.cluster_id ?? null;
}

/** The merged-event fields of a stored canonical row. */
type Head = Pick<EventsTable, "id" | "type" | "actor" | "target" | "modality" | "date" | "sort_date">;

/** Rows per candidate query: six bound parameters each. */
const CANDIDATE_ROWS = 100;

/**
 * Every stored canonical row that any of `rows` may merge with (same type, actor, target and
 * modality, `sort_date` within its window), in one query per 100 rows rather than one per row.
 */
async function storedHeads(trx: Transaction<Database>, rows: readonly EventsTable[]): Promise<Head[]> {
  const windows = rows.flatMap((row) => {
    const window = mergeWindow(keyOf(row));
    return window ? [{ row, window }] : [];
  });
  const out: Head[] = [];
  for (let i = 0; i < windows.length; i += CANDIDATE_ROWS)
    out.push(
      ...(await trx
        .selectFrom("events")
        .select(["id", "type", "actor", "target", "modality", "date", "sort_date"])
        // `cluster_id = id` (canonical rows) also lets SQLite use the partial index events_merge_key.
        .whereRef("cluster_id", "=", "id")
        .where((eb) =>
          eb.or(
            windows
              .slice(i, i + CANDIDATE_ROWS)
              .map(({ row, window }) =>
                eb.and([
                  eb("actor", "=", row.actor),
                  eb("target", "=", row.target),
                  eb("type", "=", row.type),
                  eb("sort_date", ">=", window.from),
                  eb("sort_date", "<=", window.to),
                  eb("modality", "=", row.modality),
                ]),
              ),
          ),
        )
        .execute()),
    );
  return out;
}

/** The stored merged event closest in time to `row` that `sameEvent` allows, or null. */
function closest(stored: readonly Head[], row: EventsTable): string | null {
  const key = keyOf(row);
  const matches = stored
    .filter((c) => sameEvent(key, { ...c, sortDate: c.sort_date }))
    .sort(
      (a, b) =>
        daysApart(a.sort_date, row.sort_date) - daysApart(b.sort_date, row.sort_date) ||
        (a.sort_date < b.sort_date ? -1 : a.sort_date > b.sort_date ? 1 : a.id < b.id ? -1 : 1),
    );
  return matches[0]?.id ?? null;
}

/** Whether the merged event already has a report from this document's canonical document (or a copy of it). */
async function reportedBy(trx: Transaction<Database>, cluster: string, ctx: MergeContext): Promise<boolean> {
  if (ctx.duplicateOf === null) return false; // a new canonical document: no report of it is stored yet
  const canonical = ctx.duplicateOf;
  const hit = await trx
    .selectFrom("events")
    .innerJoin("documents", "documents.id", "events.document_id")
    .select("events.id")
    .where("events.cluster_id", "=", cluster)
    .where((eb) => eb.or([eb("documents.id", "=", canonical), eb("documents.duplicate_of", "=", canonical)]))
    .executeTakeFirst();
  return hit !== undefined;
}
