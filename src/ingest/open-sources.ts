import { closeSync, openSync, readSync, statSync } from "node:fs";
import { InputError } from "../input-error.js";
import { sniffFeed } from "./feed-parse.js";
import { feedFileSource } from "./feed-source.js";
import { fileSource } from "./file-source.js";
import { HttpClient, looksLikeUrl, parseHttpUrl } from "./http-client.js";
import type { RawDocument } from "./raw-document.js";
import type { Source } from "./source.js";
import { urlSource } from "./url-source.js";
import { WARC_FILE, warcSource } from "./warc-source.js";

/** What one SOURCE argument of `curtain ingest` is. */
export type SourceKind = "url" | "feed" | "warc" | "path";

/** Feed files by name; other files are sniffed. */
export const FEED_FILE = /\.(xml|rss|atom)(\.gz)?$/i;

export interface SourcesOptions {
  /** Publication date of documents that carry none, YYYY-MM-DD. */
  readonly published?: string | null;
  /** Largest file, response or archived page read; 10 MB by default. */
  readonly maxBytes?: number;
  /** Milliseconds allowed for each URL; 20 s by default. */
  readonly timeoutMs?: number;
  /** The HTTP client (and its robots.txt cache) to use; a new one by default. */
  readonly http?: HttpClient;
}

/** Every input of an ingest as one source, with what is known of its size up front. */
export interface OpenedSources {
  readonly source: Source;
  /** How many documents to expect, when known (files and folders only). */
  readonly total: number | null;
  /** Files in folders passed over for their extension. */
  readonly skipped: number;
}

/**
 * Classifies one SOURCE: a URL (any scheme; only http and https are then read), a WARC file by
 * name (.warc, .warc.gz), a feed file by name (.xml, .rss, .atom), a file whose first bytes are a
 * feed or a WARC record, else a file or folder.
 */
export function sourceKind(arg: string): SourceKind {
  if (looksLikeUrl(arg)) return "url";
  if (isDirectory(arg)) return "path";
  if (WARC_FILE.test(arg)) return "warc";
  if (FEED_FILE.test(arg)) return "feed";
  let head: Uint8Array;
  try {
    if (!statSync(arg).isFile()) return "path";
    const fd = openSync(arg, "r");
    try {
      const buf = Buffer.alloc(4096);
      head = buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return "path";
  }
  if (/^WARC\/1\.\d\r?\n/.test(Buffer.from(head.subarray(0, 16)).toString("latin1"))) return "warc";
  return sniffFeed(head) ? "feed" : "path";
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Opens every SOURCE of `curtain ingest` as one Source, each read by its own reader: files and
 * folders first (in one listing, so their number is known), then URLs, feeds and WARC files in
 * the order given. One HTTP client is shared, so robots.txt is fetched once per origin.
 *
 * @example
 *   const { source } = openSources(["articles/", "https://example.org/rss"], { timeoutMs: 5000 });
 */
export function openSources(args: readonly string[], options: SourcesOptions = {}): OpenedSources {
  const kinds = args.map((arg) => ({ arg, kind: sourceKind(arg) }));
  const paths = kinds.filter((k) => k.kind === "path").map((k) => k.arg);
  const files = fileSource(paths, { published: options.published ?? null, maxBytes: options.maxBytes });
  const others = kinds.filter((k) => k.kind !== "path");
  const http = options.http ?? new HttpClient({ timeoutMs: options.timeoutMs, maxBytes: options.maxBytes });
  const published = options.published ?? null;
  async function* read(): AsyncGenerator<RawDocument | InputError> {
    if (paths.length) yield* files.source;
    for (const { arg, kind } of others) {
      if (kind === "url") {
        try {
          parseHttpUrl(arg, arg);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          yield err;
          continue;
        }
        yield* urlSource(arg, http, { published });
      } else if (kind === "feed") {
        yield* feedFileSource(arg, http, { published, maxBytes: options.maxBytes });
      } else yield* warcSource(arg, { published, maxBytes: options.maxBytes });
    }
  }
  return { source: read(), total: others.length ? null : files.files, skipped: files.skipped };
}
