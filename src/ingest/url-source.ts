import { InputError } from "../input-error.js";
import { fetchedDocument } from "./fetched-document.js";
import { feedItems } from "./feed-source.js";
import { sniffFeed } from "./feed-parse.js";
import type { Fetched, HttpClient } from "./http-client.js";
import type { RawDocument } from "./raw-document.js";

export interface UrlSourceOptions {
  /** Publication date of the page (or of feed items that carry none), YYYY-MM-DD. */
  readonly published?: string | null;
}

const FEED_TYPE = /^\s*application\/(rss|atom)\+xml\b/i;

/** Whether a response is a feed: its root element is <rss> or <feed>, or its type says so. */
export function isFeed(fetched: Fetched): boolean {
  return sniffFeed(fetched.bytes) || (fetched.contentType !== null && FEED_TYPE.test(fetched.contentType));
}

/**
 * Reads one http or https URL: the page as a document, or, when the response is a feed, the
 * feed's items. Any other scheme, a refusal by robots.txt, a timeout, too many redirects, an
 * oversized body or an HTTP error is an InputError naming the URL.
 *
 * @example
 *   for await (const item of urlSource("https://example.org/news/1.html", new HttpClient())) ...
 */
export async function* urlSource(
  url: string,
  http: HttpClient,
  options: UrlSourceOptions = {},
): AsyncGenerator<RawDocument | InputError> {
  let fetched: Fetched;
  try {
    fetched = await http.fetch(url);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield err;
    return;
  }
  if (isFeed(fetched)) yield* feedItems(url, fetched.bytes, http, { ...options, base: fetched.finalUrl });
  else yield fetchedDocument(fetched, options.published ?? null);
}
