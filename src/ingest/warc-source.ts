import { createReadStream, statSync } from "node:fs";
import { pipeline } from "node:stream";
import { brotliDecompressSync, createGunzip, gunzipSync, inflateSync } from "node:zlib";
import { InputError } from "../input-error.js";
import { megabytes } from "./megabytes.js";
import type { RawDocument } from "./raw-document.js";
import { DEFAULT_MAX_BYTES } from "./read-file.js";
import { dechunk, parseHttpResponse, readWarc, WarcError, type WarcRecord } from "./warc-parse.js";

/** File names read as WARC archives. */
export const WARC_FILE = /\.warc(\.gz)?$/i;

export interface WarcSourceOptions {
  /** Publication date given to every document, YYYY-MM-DD. */
  readonly published?: string | null;
  /** Largest HTTP body kept; larger response records are reported and skipped. 10 MB by default. */
  readonly maxBytes?: number;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const HTML_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])/i;
/** Room for the HTTP status line and headers on top of the body limit. */
const HEADER_ROOM = 64 * 1024;

/**
 * The web pages archived in a WARC file (`.warc`, or `.warc.gz` of concatenated gzip members as
 * Common Crawl's CC-NEWS writes them), streamed so that a large archive is never held in memory:
 * each `response` record whose HTTP status is 2xx and whose payload is HTML, as a document whose
 * source is its WARC-Target-URI and whose fetch time is its WARC-Date. Other records are passed
 * over. A record cut short ends the file with an InputError, after the records before it.
 *
 * @example
 *   for await (const item of warcSource("CC-NEWS-20240101.warc.gz")) ...
 */
export async function* warcSource(
  path: string,
  options: WarcSourceOptions = {},
): AsyncGenerator<RawDocument | InputError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (statSync(path).isDirectory()) {
      yield new InputError(path, "is a directory, not a file");
      return;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(err)})`, {
      cause: err,
    });
    return;
  }
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const bytes: AsyncIterable<Uint8Array> = /\.gz$/i.test(path)
    ? pipeline(file, createGunzip({ chunkSize: 256 * 1024 }), () => undefined)
    : file;
  const records = readWarc(bytes, {
    keep: (headers, length) =>
      headers.get("warc-type")?.toLowerCase() === "response" && length <= maxBytes + HEADER_ROOM,
  });
  try {
    for await (const record of records) {
      const item = documentOf(path, record, maxBytes, options.published ?? null);
      if (item) yield item;
    }
  } catch (err) {
    if (!(err instanceof WarcError)) throw err;
    yield new InputError(path, err.message, { cause: err });
  } finally {
    file.destroy();
  }
}

/** The HTML page of a response record; an InputError if it cannot be had; null for other records. */
function documentOf(
  path: string,
  record: WarcRecord,
  maxBytes: number,
  published: string | null,
): RawDocument | InputError | null {
  if (record.headers.get("warc-type")?.toLowerCase() !== "response") return null;
  const uri = (record.headers.get("warc-target-uri") ?? "").replace(/^<(.*)>$/, "$1");
  const where = `WARC record ${record.number}${uri ? ` (${uri})` : ""}`;
  if (!record.block) return new InputError(path, `${where} is over the ${megabytes(maxBytes)} limit`);
  const recordType = record.headers.get("content-type") ?? "";
  if (recordType && !/^application\/http\b/i.test(recordType)) return null;
  const http = parseHttpResponse(record.block);
  if (!http || http.status < 200 || http.status > 299) return null;
  const contentType = http.headers.get("content-type") ?? null;
  let body: Buffer | null = http.body;
  if (/\bchunked\b/i.test(http.headers.get("transfer-encoding") ?? "")) body = dechunk(body) ?? body;
  const encoding = (http.headers.get("content-encoding") ?? "").trim().toLowerCase();
  try {
    const limit = { maxOutputLength: maxBytes };
    if (encoding === "gzip" || encoding === "x-gzip") body = gunzipSync(body, limit);
    else if (encoding === "deflate") body = inflateSync(body, limit);
    else if (encoding === "br") body = brotliDecompressSync(body, limit);
  } catch (err) {
    return new InputError(path, `${where}: cannot decode its ${encoding} content encoding`, { cause: err });
  }
  if (body.length > maxBytes)
    return new InputError(path, `${where} is over the ${megabytes(maxBytes)} limit`);
  const html = contentType
    ? HTML_TYPE.test(contentType)
    : HTML_START.test(body.subarray(0, 2048).toString("latin1"));
  if (!html || !uri) return null;
  const date = record.headers.get("warc-date") ?? "";
  const t = Date.parse(date);
  return {
    kind: "RawDocument",
    source: uri,
    bytes: body,
    contentType,
    fetchedAt: Number.isNaN(t) ? new Date().toISOString() : date,
    published,
  };
}
