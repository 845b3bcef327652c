import type { EventsTable } from "./schema.js";

/**
 * The events table's columns, in the order of its migrations: what the SQLite bulk insert names and
 * binds, and (less the internal ones) the CSV export's columns.
 */
export const EVENT_COLUMNS = [
  "id",
  "document_id",
  "type",
  "actor",
  "target",
  "actor_text",
  "target_text",
  "actor_role",
  "modality",
  "date",
  "date_source",
  "sort_date",
  "location_name",
  "location_country",
  "weapon",
  "cameo",
  "plover",
  "weight",
  "confidence",
  "evidence_text",
  "evidence_start",
  "evidence_end",
  "mentions",
  "source_url",
  "cluster_id",
  "num_mentions",
  "num_sources",
] as const satisfies readonly (keyof EventsTable)[];

/** True only while every column of EventsTable is listed: a column missing here fails to compile. */
export const EVERY_EVENT_COLUMN_LISTED: [Exclude<keyof EventsTable, (typeof EVENT_COLUMNS)[number]>] extends [
  never,
]
  ? true
  : never = true;
