import type { Provenance } from "./provenance.js";

/** A document as it arrived, before any cleaning: the bytes and where they came from. */
export interface RawDocument {
  readonly kind: "RawDocument";
  /** Path or URL the bytes came from. */
  readonly source: string;
  readonly bytes: Uint8Array;
  /** Content type declared by the source (HTTP header, WARC record), if any. */
  readonly contentType: string | null;
  /** ISO timestamp of when the bytes were read or fetched. */
  readonly fetchedAt: string;
  /** Publication date supplied from outside (CLI flag, feed item), YYYY-MM-DD. */
  readonly published: string | null;
  /** Where it came from and its licence, from a sources.json beside the file; absent when unknown. */
  readonly provenance?: Provenance | null;
}
