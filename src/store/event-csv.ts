import { EVENT_COLUMNS } from "./event-columns.js";
import { toEventRow } from "./event-row.js";
import type { EventsTable } from "./schema.js";
import type { StoredEvent } from "./store.js";

/** Table columns the CSV leaves out: the order key and the merge link are the store's own. */
const INTERNAL = new Set<keyof EventsTable>(["sort_date", "cluster_id"]);
const CSV_COLUMNS = EVENT_COLUMNS.filter((c) => !INTERNAL.has(c));

/** The CSV columns, in order: the events table's; the reports are left to the JSON formats. */
export const EVENT_CSV_HEADER = CSV_COLUMNS.join(",");

/**
 * One merged event as an RFC 4180 CSV line (no line break): its canonical report's fields as stored,
 * `mentions` the count of further sentences in that report, `num_mentions` and `num_sources` the
 * merged event's.
 */
export function eventCsvLine(e: StoredEvent): string {
  const row: Record<keyof EventsTable, string | number | null> = {
    ...toEventRow(e, null),
    mentions: e.mentions.length,
    num_mentions: e.numMentions,
    num_sources: e.numSources,
  };
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(",");
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
