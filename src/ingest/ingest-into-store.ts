import { createHash } from "node:crypto";
import { InputError } from "../input-error.js";
import { extract, type ExtractOptions } from "../pipeline/extract.js";
import { loadExtractionLibraries } from "../pipeline/load-libraries.js";
import type { Store } from "../store/store.js";
import type { Source } from "./source.js";

/** Running totals of one ingest; `read` counts every input, readable or not. */
export interface IngestCounts {
  readonly read: number;
  readonly stored: number;
  /** Documents whose bytes were already stored (by an earlier run or earlier in this one). */
  readonly present: number;
  readonly failed: number;
  /** Events written with the newly stored documents. */
  readonly events: number;
  /** Of `stored`, near-duplicates (syndicated copies) linked to a document stored before. */
  readonly duplicates: number;
  /** Of `events`, further mentions of an event stored before. */
  readonly merged: number;
}

export interface IngestHooks {
  /** Called after each input with the totals so far. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** Called once per input that could not be read, cleaned or coded. */
  readonly onFailure?: (error: InputError) => void;
  /** Once aborted, the ingest stops after the document in hand is stored (or not begun). */
  readonly signal?: AbortSignal;
}

/**
 * Extracts every document of `source` and stores it with its events, one transaction each.
 * Bytes already stored are neither extracted nor written again, so a re-run (after a crash,
 * or over a folder that grew) adds only what is new. Never throws for one bad input.
 */
export async function ingestIntoStore(
  source: Source,
  store: Store,
  hooks: IngestHooks = {},
  options: ExtractOptions = {},
): Promise<IngestCounts> {
  await loadExtractionLibraries();
  let counts: IngestCounts = {
    read: 0,
    stored: 0,
    present: 0,
    failed: 0,
    events: 0,
    duplicates: 0,
    merged: 0,
  };
  const add = (delta: Partial<IngestCounts>): void => {
    counts = {
      read: counts.read + (delta.read ?? 0),
      stored: counts.stored + (delta.stored ?? 0),
      present: counts.present + (delta.present ?? 0),
      failed: counts.failed + (delta.failed ?? 0),
      events: counts.events + (delta.events ?? 0),
      duplicates: counts.duplicates + (delta.duplicates ?? 0),
      merged: counts.merged + (delta.merged ?? 0),
    };
  };
  for await (const item of source) {
    if (hooks.signal?.aborted) break;
    if (item instanceof InputError) {
      add({ read: 1, failed: 1 });
      hooks.onFailure?.(item);
    } else {
      const sha256 = createHash("sha256").update(item.bytes).digest("hex");
      if (await store.hasDocument(sha256)) {
        // Stored before (perhaps before its folder had a sources.json, or by a version without
        // provenance): what the sources.json says now is stored with it.
        if (item.provenance) await store.setProvenance(sha256, item.provenance);
        add({ read: 1, present: 1 });
      } else {
        try {
          const doc = extract(item, options);
          const put = await store.putDocument(doc, {
            sha256,
            source: item.source,
            fetchedAt: item.fetchedAt,
            contentType: item.contentType,
            provenance: item.provenance ?? null,
          });
          add(
            put.stored
              ? {
                  read: 1,
                  stored: 1,
                  events: put.events,
                  duplicates: put.duplicateOf ? 1 : 0,
                  merged: put.merged,
                }
              : { read: 1, present: 1 },
          );
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          add({ read: 1, failed: 1 });
          hooks.onFailure?.(err);
        }
      }
    }
    hooks.onProgress?.(counts);
    if (hooks.signal) {
      // The store's promises settle as microtasks: without a turn of the event loop a signal
      // (Ctrl-C) would only be seen when the whole ingest is done.
      await new Promise((resolve) => setImmediate(resolve));
      if (hooks.signal.aborted) break;
    }
  }
  return counts;
}
