import type { CodedEvent } from "../coding/event.js";
import type { EventsTable, RollupTable } from "./schema.js";

/** Modalities that say nothing happened: kept as events, left out of the counts. */
const UNCOUNTED = new Set(["hypothetical", "negated"]);

/**
 * The rollup increments for one document's events: one row per country (actor and target,
 * once each), month and type. The month is the event's, else the document's publication month;
 * events with neither, or hypothetical or negated, are not counted.
 */
export function rollupRows(events: readonly CodedEvent[], published: string | null): RollupTable[] {
  const rows = new Map<
    string,
    { country: string; month: string; type: string; count: number; weight_sum: number }
  >();
  for (const event of events) {
    if (UNCOUNTED.has(event.modality)) continue;
    const month = monthOf(event.date) ?? monthOf(published);
    if (!month) continue;
    for (const country of new Set([event.actor, event.target])) {
      const key = `${country}\u0000${month}\u0000${event.type}`;
      const row = rows.get(key) ?? { country, month, type: event.type, count: 0, weight_sum: 0 };
      row.count++;
      row.weight_sum += event.weight;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

/** The fields of an event row the rollup reads. */
export type RollupSource = Pick<
  EventsTable,
  "actor" | "target" | "type" | "modality" | "sort_date" | "weight"
>;

/**
 * Sums rollup increments of event rows as they are added, by the same rules as `rollupRows`
 * (month from `sort_date`; hypothetical and negated events not counted).
 */
export function rollupAccumulator(): { add(event: RollupSource): void; rows(): RollupTable[] } {
  // country -> month -> type -> row: nested maps spare building a key string per event.
  const byCountry = new Map<string, Map<string, Map<string, RollupTable>>>();
  const bump = (country: string, month: string, type: string, weight: number) => {
    let byMonth = byCountry.get(country);
    if (!byMonth) byCountry.set(country, (byMonth = new Map()));
    let byType = byMonth.get(month);
    if (!byType) byMonth.set(month, (byType = new Map()));
    const row = byType.get(type);
    byType.set(type, {
      country,
      month,
      type,
      count: (row?.count ?? 0) + 1,
      weight_sum: (row?.weight_sum ?? 0) + weight,
    });
  };
  let lastDate = "";
  let lastMonth: string | null = null;
  return {
    add(event) {
      if (UNCOUNTED.has(event.modality)) return;
      if (event.sort_date !== lastDate) {
        lastDate = event.sort_date;
        lastMonth = monthOf(lastDate);
      }
      const month = lastMonth;
      if (!month) return;
      bump(event.actor, month, event.type, Number(event.weight));
      if (event.target !== event.actor) bump(event.target, month, event.type, Number(event.weight));
    },
    rows: () => [...byCountry.values()].flatMap((m) => [...m.values()].flatMap((t) => [...t.values()])),
  };
}

function monthOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
