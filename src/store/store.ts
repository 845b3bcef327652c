import type { CodedEvent } from "../coding/event.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";

/** Where the bytes of a stored document came from. */
export interface RawInfo {
  /** sha256 of the raw bytes, hex: the document's id. */
  readonly sha256: string;
  readonly source: string;
  /** ISO timestamp of when the bytes were read or fetched. */
  readonly fetchedAt: string;
  readonly contentType: string | null;
}

/** What `putDocument` did: `stored` is false when the same bytes were already there. */
export interface PutResult {
  readonly stored: boolean;
  readonly events: number;
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
}

export interface PageOptions {
  readonly limit: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | null;
}

/** A coded event as stored, with the document that states it. */
export interface StoredEvent extends CodedEvent {
  readonly documentId: string;
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
  /** Writes the document, its events and their rollup in one transaction; a no-op when the id exists. */
  putDocument(doc: ExtractedDocument, raw: RawInfo): Promise<PutResult>;
  hasDocument(id: string): Promise<boolean>;
  /** One page of events, ordered by date then id, with a cursor for the next page. */
  queryEvents(filter: EventFilter, page: PageOptions): Promise<EventPage>;
  /** Every matching event, read in pages so that memory stays flat however many match. */
  streamEvents(filter: EventFilter, options?: { readonly limit?: number }): AsyncIterable<StoredEvent>;
  /** Summed rollup rows, ordered by country, month and type. */
  countryMonthRollup(filter: RollupFilter): Promise<readonly RollupRow[]>;
  close(): Promise<void>;
}
