import type { Transaction } from "kysely";
import { addCells, cellAccumulator, cellKey, type AlignmentEvent } from "../analysis/alignment-cells.js";
import type { AlignmentCell } from "../analysis/alignment-cells.js";
import type { Database, EventsTable } from "./schema.js";

type Row = Pick<
  EventsTable,
  "id" | "type" | "actor" | "target" | "modality" | "sort_date" | "weight" | "confidence" | "num_sources"
>;

/** A merged event's row as the alignment rollup reads it. */
export function alignmentEvent(r: Row): AlignmentEvent {
  return {
    id: r.id,
    type: r.type,
    actor: r.actor,
    target: r.target,
    modality: r.modality,
    date: r.sort_date,
    weight: Number(r.weight),
    confidence: Number(r.confidence),
    numSources: r.num_sources ?? 1,
  };
}

/**
 * What one document changes in the alignment rollup: the cells of its new merged events, and for
 * each stored merged event it joined as a new source, the change of ln(numSources) in that event's
 * cells (read after mergeEvents raised num_sources; no count, and a top score that never wins).
 * Only the months and countries of these events are touched.
 */
export async function alignmentIncrements(
  trx: Transaction<Database>,
  heads: readonly EventsTable[],
  sourceBumps: ReadonlyMap<string, number>,
): Promise<AlignmentCell[]> {
  const acc = cellAccumulator();
  for (const h of heads) acc.add(alignmentEvent(h));
  const cells = acc.cells();
  if (sourceBumps.size === 0) return cells;
  const bumped = await trx
    .selectFrom("events")
    .select(["id", "type", "actor", "target", "modality", "sort_date", "weight", "confidence", "num_sources"])
    .where("id", "in", [...sourceBumps.keys()])
    .execute();
  const out: AlignmentCell[] = [...cells];
  for (const r of bumped) {
    const now = r.num_sources ?? 1;
    const before = Math.max(1, now - (sourceBumps.get(r.id) ?? 0));
    const ratio = Math.log(now) - Math.log(before);
    if (ratio === 0) continue;
    const e = alignmentEvent(r);
    // One event alone: its cells carry wc in wcSum; turn that into the ln(n) change only.
    const single = cellAccumulator();
    single.add({ ...e, numSources: 1 });
    for (const c of single.cells())
      out.push({ ...c, count: 0, wcSum: 0, wcLogSourcesSum: c.wcSum * ratio, topScore: -1 });
  }
  // One row per key: PostgreSQL refuses an upsert that touches a row twice.
  const merged = new Map<string, AlignmentCell>();
  for (const c of out) {
    const had = merged.get(cellKey(c));
    merged.set(cellKey(c), had ? addCells(had, c) : c);
  }
  return [...merged.values()];
}
