import type { ActorRole, DateSource, Evidence, Modality } from "../coding/event.js";
import type { EventType } from "../coding/lexicon/event-type.js";
import type { EventsTable } from "./schema.js";
import type { EventRecord } from "./store.js";

/**
 * Flattens one coded event into its row; `published` is the document's date, for ordering. The row
 * is its own merged event until the store says otherwise (see put-document.ts).
 */
export function toEventRow(event: EventRecord, published: string | null): EventsTable {
  return {
    id: event.id,
    document_id: event.documentId,
    type: event.type,
    actor: event.actor,
    target: event.target,
    actor_text: event.actorText,
    target_text: event.targetText,
    actor_role: event.actorRole,
    modality: event.modality,
    date: event.date,
    date_source: event.dateSource,
    sort_date: event.date ?? published ?? "",
    location_name: event.location?.name ?? null,
    location_country: event.location?.country ?? null,
    weapon: event.weapon,
    cameo: event.cameo,
    plover: event.plover,
    weight: event.weight,
    confidence: event.confidence,
    evidence_text: event.evidence.text,
    evidence_start: event.evidence.start,
    evidence_end: event.evidence.end,
    mentions: JSON.stringify(event.mentions),
    source_url: event.sourceUrl ?? null,
    cluster_id: event.id,
    num_mentions: 1,
    num_sources: 1,
  };
}

/** Rebuilds the event record from its row (the store wrote these values, so they are trusted). */
export function fromEventRow(row: EventsTable): EventRecord {
  return {
    id: row.id,
    type: row.type as EventType,
    actor: row.actor,
    target: row.target,
    actorText: row.actor_text,
    targetText: row.target_text,
    actorRole: row.actor_role as ActorRole | null,
    modality: row.modality as Modality,
    date: row.date,
    dateSource: row.date_source as DateSource,
    location:
      row.location_name !== null && row.location_country !== null
        ? { name: row.location_name, country: row.location_country }
        : null,
    weapon: row.weapon,
    cameo: row.cameo,
    plover: row.plover,
    weight: Number(row.weight),
    confidence: Number(row.confidence),
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
    mentions: JSON.parse(row.mentions) as Evidence[],
    documentId: row.document_id,
    ...(row.source_url !== null && row.source_url !== undefined ? { sourceUrl: row.source_url } : {}),
  };
}
