import type { StoredEvent } from "./store.js";

/** The CSV columns, in order; further mentions are left to the JSON formats. */
export const EVENT_CSV_HEADER = [
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
].join(",");

/** One event as an RFC 4180 CSV line (no line break); `mentions` is their count. */
export function eventCsvLine(e: StoredEvent): string {
  return [
    e.id,
    e.documentId,
    e.type,
    e.actor,
    e.target,
    e.actorText,
    e.targetText,
    e.actorRole,
    e.modality,
    e.date,
    e.dateSource,
    e.location?.name ?? null,
    e.location?.country ?? null,
    e.weapon,
    e.cameo,
    e.plover,
    e.weight,
    e.confidence,
    e.evidence.text,
    e.evidence.start,
    e.evidence.end,
    e.mentions.length,
  ]
    .map(csvField)
    .join(",");
}

function csvField(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
