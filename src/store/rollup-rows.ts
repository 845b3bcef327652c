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

/** Adds one event row given by the fields the rollup reads, without making it. */
type AddRowFields = (
  actor: string,
  target: string,
  type: string,
  modality: string,
  sortDate: string,
  weight: number,
) => void;

/**
 * Sums rollup increments of event rows as they are added, by the same rules as `rollupRows`
 * (month from `sort_date`; hypothetical and negated events not counted).
 */
export function rollupAccumulator(): {
  add(event: RollupSource): void;
  /** The same as `add` of an event with these fields, without making it. */
  addFields: AddRowFields;
  rows(): RollupTable[];
} {
  // Rows are listed as country -> month -> type (each in the order first seen), and found by month
  // (that of the last date, kept), then country and type: nested maps spare building a key string
  // per event. Rows are summed in place.
  const byCountry = new Map<string, Map<string, Map<string, Sum>>>();
  const byMonth = new Map<string, Map<string, Map<string, Sum>>>();
  let monthRows: Map<string, Map<string, Sum>> | undefined;
  const bump = (country: string, month: string, type: string, weight: number) => {
    let byType = monthRows!.get(country);
    if (!byType) monthRows!.set(country, (byType = new Map()));
    const row = byType.get(type);
    if (row) {
      row.count++;
      row.weight_sum += weight;
      return;
    }
    const created = { country, month, type, count: 1, weight_sum: 0 + weight };
    byType.set(type, created);
    let months = byCountry.get(country);
    if (!months) byCountry.set(country, (months = new Map()));
    let types = months.get(month);
    if (!types) months.set(month, (types = new Map()));
    types.set(type, created);
  };
  let lastDate = "";
  let lastMonth: string | null = null;
  const addFields: AddRowFields = (actor, target, type, modality, sortDate, weight) => {
    if (UNCOUNTED.has(modality)) return;
    if (sortDate !== lastDate) {
      lastDate = sortDate;
      lastMonth = monthOf(lastDate);
      if (lastMonth !== null) {
        monthRows = byMonth.get(lastMonth);
        if (!monthRows) byMonth.set(lastMonth, (monthRows = new Map()));
      }
    }
    const month = lastMonth;
    if (!month) return;
    bump(actor, month, type, weight);
    if (target !== actor) bump(target, month, type, weight);
  };
  return {
    add: (e) => addFields(e.actor, e.target, e.type, e.modality, e.sort_date, Number(e.weight)),
    addFields,
    rows: () => [...byCountry.values()].flatMap((m) => [...m.values()].flatMap((t) => [...t.values()])),
  };
}

/** A rollup row being summed: mutable inside the accumulator only. */
type Sum = { -readonly [K in keyof RollupTable]: RollupTable[K] };

function monthOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
