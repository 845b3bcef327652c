import type { CodedEvent } from "../coding/event.js";
import type { RollupTable } from "./schema.js";

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

function monthOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}
