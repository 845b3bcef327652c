import { createHash } from "node:crypto";
import type { CodedEvent } from "../coding/event.js";
import type { EventType } from "../coding/lexicon/event-type.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import type { EventsTable } from "./schema.js";
import type { RawInfo } from "./store.js";

/** The parts of an event a test cares about; the rest is filled in. */
export interface EventSketch {
  readonly type: EventType;
  readonly actor: string;
  readonly target: string;
  readonly date?: string | null;
  readonly modality?: CodedEvent["modality"];
  readonly weight?: number;
  /** The evidence sentence; by default made from the type, actor and target. */
  readonly sentence?: string;
}

/**
 * A hand-made document with the given events, its id the sha256 of its main text; for store tests. With a
 * `title`, the main text is the title, a blank line and `text` (as extract writes it); else the
 * title is `text` itself.
 */
export function testDocument(
  text: string,
  published: string | null,
  sketches: readonly EventSketch[],
  options: { readonly title?: string } = {},
): { readonly doc: ExtractedDocument; readonly raw: RawInfo } {
  const mainText = options.title === undefined ? text : `${options.title}\n\n${text}`;
  const id = createHash("sha256").update(mainText).digest("hex");
  const events = sketches.map((s, i): CodedEvent => {
    const evidence = {
      text: s.sentence ?? `${s.actor} ${s.type} ${s.target} ${i}.`,
      start: i * 10,
      end: i * 10 + 9,
    };
    return {
      id: createHash("sha256").update(`${id}:${i}`).digest("hex").slice(0, 16),
      type: s.type,
      actor: s.actor,
      target: s.target,
      actorText: s.actor,
      targetText: s.target,
      actorRole: null,
      modality: s.modality ?? "asserted",
      date: s.date ?? null,
      dateSource: s.date ? "text" : "none",
      location: i % 2 ? { name: "Crimea", country: "UKR" } : null,
      weapon: null,
      cameo: null,
      plover: null,
      weight: s.weight ?? 1,
      confidence: 0.5,
      evidence,
      mentions: i % 3 ? [] : [evidence],
    };
  });
  return {
    doc: {
      document: {
        id,
        source: `${id.slice(0, 8)}.txt`,
        format: "text",
        title: options.title ?? text,
        published,
        language: "en",
      },
      mainText,
      boilerplate: [],
      teasers: [],
      events,
    },
    raw: {
      sha256: id,
      source: `${id.slice(0, 8)}.txt`,
      fetchedAt: "2026-01-01T00:00:00Z",
      contentType: null,
    },
  };
}

/**
 * An events-table row as `bulkInsertEvents` takes it (an imported event: its own merged event),
 * for store tests: the fields a test cares about, the rest filled in.
 */
export function testEventRow(
  fields: Pick<EventsTable, "id" | "document_id" | "type" | "actor" | "target" | "date"> &
    Partial<EventsTable>,
): EventsTable {
  const evidence = fields.evidence_text ?? `${fields.actor} and ${fields.target}.`;
  return {
    actor_text: fields.actor,
    target_text: fields.target,
    actor_role: "GOV",
    modality: "asserted",
    date_source: "text",
    sort_date: fields.date ?? "",
    location_name: null,
    location_country: null,
    weapon: null,
    cameo: null,
    plover: null,
    weight: 1,
    confidence: 0.9,
    evidence_text: evidence,
    evidence_start: 0,
    evidence_end: evidence.length,
    mentions: "[]",
    source_url: null,
    cluster_id: null,
    num_mentions: 1,
    num_sources: 1,
    ...fields,
  };
}
