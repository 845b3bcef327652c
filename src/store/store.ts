import type { CodedEvent, Evidence } from "../coding/event.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import type { AlignmentCell } from "../analysis/alignment-cells.js";
import type { StoredEvidence } from "../analysis/index-evidence.js";
import type { Provenance } from "../ingest/provenance.js";
import type { EventsTable } from "./schema.js";

/** Where the bytes of a stored document came from. */
export interface RawInfo {
  /** sha256 of the raw bytes, hex: the document's id. */
  readonly sha256: string;
  readonly source: string;
  /** ISO timestamp of when the bytes were read or fetched. */
  readonly fetchedAt: string;
  readonly contentType: string | null;
  /** Where the article came from and its licence, when a sources.json said so. */
  readonly provenance?: Provenance | null;
}

/** What `putDocument` did: `stored` is false when the same bytes were already there. */
export interface PutResult {
  readonly stored: boolean;
  readonly events: number;
  /** The canonical document a stored near-duplicate (a syndicated copy) was linked to, else null. */
  readonly duplicateOf: string | null;
  /** Of `events`, those that became further mentions of an event stored before. */
  readonly merged: number;
}

/** Which events to return; every field narrows, all must hold. */
export interface EventFilter {
  /** Actor or target. */
  readonly country?: string;
  readonly actor?: string;
  readonly target?: string;
  readonly type?: string;
  /** Inclusive bounds on the event's date (its document's publication date when it has none). */
  readonly from?: string;
  readonly to?: string;
  /** Full text: events whose document contains every word of it (see full-text.ts). */
  readonly q?: string;
}

export interface PageOptions {
  readonly limit: number;
  /** The `nextCursor` of the previous page (of the same order). */
  readonly cursor?: string | null;
  /** By date then id, ascending (the default) or newest first. */
  readonly order?: "asc" | "desc";
}

/** A coded event with the document that states it: one report (one event row), as written. */
export interface EventRecord extends CodedEvent {
  readonly documentId: string;
  /** Where an imported event was reported (GDELT's SOURCEURL); absent when its document is the source. */
  readonly sourceUrl?: string;
}

/** One article reporting a merged event: its document, where it came from and its sentence. */
export interface EventReport {
  readonly documentId: string;
  /** The report's source URL (imported events), else its document's `source`. */
  readonly source: string;
  readonly evidence: Evidence;
}

/**
 * A merged event as queried: the fields of its first report (the canonical one) with how often and
 * by how many independent sources it was reported, and every report (canonical first).
 */
export interface StoredEvent extends EventRecord {
  /** Reports of the event, one per article, syndicated copies included (GDELT's NumMentions for imports). */
  readonly numMentions: number;
  /** Distinct canonical documents among them: a near-duplicate copy adds a mention, not a source. */
  readonly numSources: number;
  readonly reports: readonly EventReport[];
  /**
   * The date `--from`/`--to` and the order use: the event's date, else its document's publication
   * date; null when it has neither. Exports write it as the event's date (see export-date.ts).
   */
  readonly sortDate?: string | null;
  /** When its document was read or fetched (ISO timestamp): GDELT's DATEADDED. */
  readonly addedAt?: string | null;
}

/**
 * A file of events imported whole (a GDELT export): stored as a document without text, so that
 * its events have a document like every other; `id` is the sha256 of the file's bytes.
 */
export interface ImportedFile {
  readonly id: string;
  readonly source: string;
  readonly fetchedAt: string;
  readonly title: string | null;
  /** E.g. "gdelt". */
  readonly format: string;
  readonly contentType: string | null;
}

/** A stored document as `curtain extract --json` describes it, without boilerplate and teasers (not stored). */
export interface StoredDocument {
  readonly document: {
    readonly id: string;
    readonly source: string;
    readonly format: string;
    readonly title: string | null;
    readonly published: string | null;
    readonly language: string | null;
    readonly fetchedAt: string;
    /** The canonical document this one is a near-duplicate of, else null. */
    readonly duplicateOf: string | null;
    /** Who published it, as its sources.json says; null when unknown. */
    readonly outlet: string | null;
    /** The terms it is shown under, as written; null when unknown. */
    readonly licence: string | null;
    /** The credit its licence asks for; null when unknown. */
    readonly attribution: string | null;
    /** Its address, or a note on where it came from; null when unknown. */
    readonly origin: string | null;
    /** True: written for the project, not a real article; false: a real one; null: not said. */
    readonly written: boolean | null;
  };
  readonly mainText: string;
  /** The events coded from it, in text order; `evidence` offsets are into `mainText`. */
  readonly events: readonly (EventRecord & {
    /** The id of the merged event this report belongs to (its own id when it was the first report). */
    readonly mergedEvent: string;
  })[];
}

/** How much of a stream to read: at most `limit` events, from `cursor` on, in `order`. */
export interface StreamOptions {
  readonly limit?: number;
  readonly cursor?: string | null;
  readonly order?: "asc" | "desc";
}

export interface EventPage {
  readonly events: readonly StoredEvent[];
  /** Null on the last page. */
  readonly nextCursor: string | null;
}

export interface RollupFilter {
  readonly country?: string;
  readonly type?: string;
  /** Inclusive YYYY-MM bounds. */
  readonly from?: string;
  readonly to?: string;
}

export interface AlignmentRollupFilter {
  /** Inclusive YYYY-MM bounds. */
  readonly from: string;
  readonly to: string;
  readonly country?: string;
}

export interface MaterialisedIndexFilter extends AlignmentRollupFilter {
  /** First month whose stale marks are wanted (the window of `from` starts there). */
  readonly staleFrom: string;
  /** The components with their events, or their summary (src/analysis/index-summary.ts). */
  readonly part: "components" | "summary";
}

/** What alignment_index holds for a request (src/store/alignment-index-read.ts). */
export interface MaterialisedIndex {
  /** The fingerprint of the weights the rows were computed with (src/analysis/evidence-fingerprint.ts). */
  readonly fingerprint: string | null;
  /** Months of cells written since the rows of their window were computed: those rows are out of date. */
  readonly stale: readonly { readonly country: string; readonly month: string }[];
  /** Stored rows, their components (or summary) as JSON text; a month whose window holds no event has none. */
  readonly rows: readonly StoredEvidence[];
}

/** Events of one country (as actor or target) in one month, of one type. */
export interface RollupRow {
  readonly country: string;
  readonly month: string;
  readonly type: string;
  readonly count: number;
  readonly weightSum: number;
}

/**
 * Documents and their coded events, behind one interface for SQLite and PostgreSQL.
 *
 * @example
 *   const store = await openStore("./curtain.db");
 *   await store.migrate();
 *   const { stored } = await store.putDocument(doc, raw); // false on a re-run
 *   for await (const e of store.streamEvents({ country: "SRB" })) console.log(e.type);
 *   await store.close();
 */
export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** Brings the schema to the latest version; safe to call on every start. */
  migrate(): Promise<void>;
  /** How many of this code's migrations the database has had, of how many; reads only. */
  schemaStatus(): Promise<{ readonly applied: number; readonly total: number }>;
  /**
   * Writes the document, its events and their rollup in one transaction; a no-op when the id
   * exists. A near-duplicate of a stored document is linked to it (`duplicate_of`); each event
   * reported before (see src/dedupe/merge-rule.ts) becomes a further mention of it, the rest new
   * merged events, and only new ones are counted in the rollup.
   */
  putDocument(doc: ExtractedDocument, raw: RawInfo): Promise<PutResult>;
  hasDocument(id: string): Promise<boolean>;
  /**
   * Sets the provenance of a stored document (re-ingesting it with a sources.json): true when it
   * changed. What was stored is replaced, never erased: a document ingested again without one keeps its.
   */
  setProvenance(id: string, provenance: Provenance): Promise<boolean>;
  /** The stored document with its events, or null when the id is unknown. */
  /** One merged event by the id of any of its reports, or null. */
  getEvent(id: string): Promise<StoredEvent | null>;
  /** The first and last month with a dated event (YYYY-MM), null when there is none. */
  eventSpan(): Promise<{ readonly first: string | null; readonly last: string | null }>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** One page of merged events, ordered by date then id, with a cursor for the next page. */
  queryEvents(filter: EventFilter, page: PageOptions): Promise<EventPage>;
  /** Every matching event, read in pages so that memory stays flat however many match. */
  streamEvents(filter: EventFilter, options?: StreamOptions): AsyncIterable<StoredEvent>;
  /** Summed rollup rows, ordered by country, month and type. */
  countryMonthRollup(filter: RollupFilter): Promise<readonly RollupRow[]>;
  /**
   * The alignment rollup's cells (src/analysis/alignment-cells.ts) of months `from`..`to`
   * (YYYY-MM, inclusive), of one country or all: what `alignmentIndex` reads.
   */
  alignmentRollup(filter: AlignmentRollupFilter): Promise<readonly AlignmentCell[]>;
  /**
   * The alignment index as stored (table alignment_index, kept in step with the rollup by every
   * write): what `alignmentIndex` reads instead of computing from the rollup.
   */
  materialisedIndex(filter: MaterialisedIndexFilter): Promise<MaterialisedIndex>;
  /**
   * Rebuilds the alignment rollup from the merged events and the index from the rollup, in one
   * transaction (after memberships or alignment weights changed); returns the rows written.
   */
  rebuildAlignment(): Promise<{ readonly cells: number; readonly rows: number }>;
  /** Stores the document an imported file stands for; false when it was already there. */
  putImportedFile(file: ImportedFile): Promise<boolean>;
  /**
   * Inserts event rows whose ids are not stored yet (the others are left as they are) and adds
   * the inserted ones to the rollups, in transactions of at most 50,000 rows (pulled from `rows` as they
   * are written, so that they need not all be in memory): SQLite through one
   * prepared statement, PostgreSQL through multi-row inserts. Returns how many were inserted.
   * The alignment index rows of the months they touch are marked stale, not computed: readers
   * compute those from the rollup until `refreshAlignmentIndex` (an import of many files calls
   * it once at its end; opening a store to write calls it too).
   */
  bulkInsertEvents(rows: Iterable<EventsTable>): Promise<number>;
  /** Computes the alignment index rows bulk inserts left stale, in one transaction; returns how many. */
  refreshAlignmentIndex(): Promise<number>;
  /** The `source` of a stored document, or null. */
  documentSource(id: string): Promise<string | null>;
  close(): Promise<void>;
}
