import { STATUS_CODES } from "node:http";
import { InputError } from "../input-error.js";
import { megabytes } from "./megabytes.js";
import { DEFAULT_MAX_BYTES } from "./read-file.js";
import { ALLOW_ALL, parseRobots, type RobotsRules } from "./robots.js";

export const USER_AGENT = "Curtain/0.1 (+news event coder)";
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
/** Largest robots.txt read; a larger one counts as failing to load (everything allowed). */
const ROBOTS_MAX_BYTES = 512 * 1024;

export interface HttpOptions {
  /** Milliseconds for one URL, redirects and body included; 20 s by default. */
  readonly timeoutMs?: number;
  /** Largest body read; 10 MB by default. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly userAgent?: string;
}

/** One fetched response body and where it finally came from. */
export interface Fetched {
  /** The URL asked for (what the user or the feed named). */
  readonly url: string;
  /** The URL after redirects. */
  readonly finalUrl: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  readonly fetchedAt: string;
}

/** Whether `text` names a URL (a scheme such as http:, ftp:, file:, data:) rather than a path. */
export function looksLikeUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(data|mailto|javascript|file|about|blob):/i.test(text);
}

/**
 * Fetches http and https URLs politely: a user agent, a timeout, redirects followed by hand up to a
 * limit, a size cap on the streamed body, and robots.txt read once per origin and obeyed.
 * Every failure is an InputError naming the URL.
 *
 * @example
 *   const http = new HttpClient({ timeoutMs: 5000 });
 *   const page = await http.fetch("https://example.org/news/1.html");
 */
export class HttpClient {
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;

  constructor(options: HttpOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
    this.userAgent = options.userAgent ?? USER_AGENT;
  }

  async fetch(url: string): Promise<Fetched> {
    let current = parseHttpUrl(url, url);
    const signal = AbortSignal.timeout(this.timeoutMs);
    for (let redirects = 0; ; redirects++) {
      if (!(await this.rulesFor(current)).allows(current.pathname + current.search)) {
        throw new InputError(
          url,
          `disallowed by robots.txt${current.href === url ? "" : ` (${current.href})`}`,
        );
      }
      const res = await this.request(url, current, signal);
      const location = res.headers.get("location");
      if (isRedirect(res.status) && location !== null) {
        await res.body?.cancel().catch(() => undefined);
        if (redirects >= this.maxRedirects) throw new InputError(url, "too many redirects");
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new InputError(url, `redirect to an invalid URL "${location}"`);
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new InputError(url, `redirect to ${next.protocol} (only http and https URLs are read)`);
        }
        current = next;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => undefined);
        const text = res.statusText || STATUS_CODES[res.status] || "";
        throw new InputError(url, `HTTP ${res.status}${text ? ` ${text}` : ""}`);
      }
      const bytes = await this.readBody(url, res, this.maxBytes, signal);
      return {
        url,
        finalUrl: current.href,
        bytes,
        contentType: res.headers.get("content-type"),
        fetchedAt: new Date().toISOString(),
      };
    }
  }

  /** The robots.txt rules of `url`'s origin, fetched once; a robots.txt that fails to load allows all. */
  private rulesFor(url: URL): Promise<RobotsRules> {
    let rules = this.robots.get(url.origin);
    if (!rules) {
      rules = this.loadRobots(url.origin);
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  private async loadRobots(origin: string): Promise<RobotsRules> {
    const robotsUrl = `${origin}/robots.txt`;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      let current = new URL(robotsUrl);
      for (let redirects = 0; redirects <= this.maxRedirects; redirects++) {
        const res = await this.request(robotsUrl, current, signal);
        const location = res.headers.get("location");
        if (isRedirect(res.status) && location !== null) {
          await res.body?.cancel().catch(() => undefined);
          current = new URL(location, current);
          if (current.protocol !== "http:" && current.protocol !== "https:") return ALLOW_ALL;
          continue;
        }
        if (res.status < 200 || res.status > 299) {
          await res.body?.cancel().catch(() => undefined);
          return ALLOW_ALL;
        }
        const bytes = await this.readBody(robotsUrl, res, ROBOTS_MAX_BYTES, signal);
        return parseRobots(new TextDecoder().decode(bytes));
      }
      return ALLOW_ALL;
    } catch {
      return ALLOW_ALL;
    }
  }

  private async request(input: string, url: URL, signal: AbortSignal): Promise<Response> {
    try {
      return await fetch(url, {
        redirect: "manual",
        signal,
        headers: {
          "user-agent": this.userAgent,
          accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.8",
        },
      });
    } catch (err) {
      throw this.failure(input, err, signal);
    }
  }

  /** Streams the body, giving up as soon as it passes `max` bytes. */
  private async readBody(
    input: string,
    res: Response,
    max: number,
    signal: AbortSignal,
  ): Promise<Uint8Array> {
    const tooBig = () => new InputError(input, `response is over the ${megabytes(max)} limit`);
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > max) {
      await res.body?.cancel().catch(() => undefined);
      throw tooBig();
    }
    if (!res.body) return new Uint8Array(0);
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > max) {
          await reader.cancel().catch(() => undefined);
          throw tooBig();
        }
        chunks.push(value);
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw this.failure(input, err, signal);
    }
    return Buffer.concat(chunks, total);
  }

  private failure(input: string, err: unknown, signal: AbortSignal): InputError {
    if (signal.aborted || (err as Error).name === "TimeoutError") {
      return new InputError(input, `timed out after ${seconds(this.timeoutMs)}`, { cause: err });
    }
    const cause = (err as { cause?: NodeJS.ErrnoException }).cause;
    const code = cause?.code ?? cause?.message ?? (err as Error).message;
    return new InputError(input, `cannot fetch (${code})`, { cause: err });
  }
}

/** `url` as a URL if it is http or https; an InputError otherwise. */
export function parseHttpUrl(url: string, input: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(input, "not a valid URL");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InputError(input, "only http and https URLs are read");
  }
  return parsed;
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
