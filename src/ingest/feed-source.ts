import { gunzipSync } from "node:zlib";
import { InputError } from "../input-error.js";
import { fetchedDocument } from "./fetched-document.js";
import { itemPage, parseFeed } from "./feed-parse.js";
import type { HttpClient } from "./http-client.js";
import type { RawDocument } from "./raw-document.js";
import { readRawFile } from "./read-file.js";

export interface FeedSourceOptions {
  /** Publication date of items that carry none, YYYY-MM-DD. */
  readonly published?: string | null;
  /** The address relative links are resolved against, when `name` is not it (after redirects). */
  readonly base?: string;
}

/**
 * The documents of one feed: each item's own full content when the feed carries it, else the page
 * its link names, fetched through `http` (robots.txt, timeout and size cap apply). One failing item
 * is reported and the next one read. `name` is the feed's path or URL, the base of relative links.
 *
 * @example
 *   for await (const doc of feedItems("https://example.org/rss", bytes, new HttpClient())) ...
 */
export async function* feedItems(
  name: string,
  bytes: Uint8Array,
  http: HttpClient,
  options: FeedSourceOptions = {},
): AsyncGenerator<RawDocument | InputError> {
  const feed = parseFeed(bytes);
  if (!feed) {
    yield new InputError(name, "not an RSS or Atom feed");
    return;
  }
  const base = options.base ?? (/^https?:\/\//i.test(name) ? name : undefined);
  for (const item of feed.items) {
    const published = item.published ?? options.published ?? null;
    let link: string | null = null;
    if (item.link) {
      try {
        link = new URL(item.link, base).href;
      } catch {
        if (!item.content) {
          yield new InputError(name, `item ${item.index} has an invalid link "${item.link}"`);
          continue;
        }
      }
    }
    if (item.content) {
      yield {
        kind: "RawDocument",
        source: link ?? `${name}#item-${item.index}`,
        bytes: new TextEncoder().encode(itemPage(item)),
        contentType: "text/html; charset=utf-8",
        fetchedAt: new Date().toISOString(),
        published,
      };
    } else if (link) {
      try {
        yield fetchedDocument(await http.fetch(link), published);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        yield err;
      }
    } else {
      yield new InputError(name, `item ${item.index} has neither a link nor its content`);
    }
  }
}

/** A feed read from a file (plain or gzipped), its items' links fetched through `http`. */
export async function* feedFileSource(
  path: string,
  http: HttpClient,
  options: FeedSourceOptions & { readonly maxBytes?: number } = {},
): AsyncGenerator<RawDocument | InputError> {
  let bytes: Uint8Array;
  try {
    bytes = readRawFile(path, null, options.maxBytes).bytes;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      bytes = gunzipSync(bytes, options.maxBytes ? { maxOutputLength: options.maxBytes } : {});
    }
  } catch (err) {
    yield err instanceof InputError ? err : new InputError(path, "cannot decompress", { cause: err });
    return;
  }
  yield* feedItems(path, bytes, http, options);
}
