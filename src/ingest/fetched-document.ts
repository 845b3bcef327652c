import type { Fetched } from "./http-client.js";
import type { RawDocument } from "./raw-document.js";

/** A fetched page as a raw document: source is the address it was finally read from. */
export function fetchedDocument(fetched: Fetched, published: string | null): RawDocument {
  return {
    kind: "RawDocument",
    source: fetched.finalUrl,
    bytes: fetched.bytes,
    contentType: fetched.contentType,
    fetchedAt: fetched.fetchedAt,
    published,
  };
}
