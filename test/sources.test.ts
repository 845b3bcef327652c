import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFeed } from "../src/ingest/feed-parse.js";
import { HttpClient, USER_AGENT } from "../src/ingest/http-client.js";
import { parseRobots } from "../src/ingest/robots.js";
import { warcSource } from "../src/ingest/warc-source.js";
import { InputError } from "../src/input-error.js";
import { runCli } from "./run-cli.js";

// Every address contacted is 127.0.0.1: a local server plays the web. The WARC's target URIs
// (news.example) are names inside the archive, never fetched.
const generator = (await import(
  pathToFileURL(join(import.meta.dirname, "..", "bench", "generate-articles.mjs")).href
)) as { generateArticle: (i: number) => string };
const dir = mkdtempSync(join(tmpdir(), "curtain-sources-"));

function escape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The generated article `i`: its title and its paragraphs as HTML. */
function article(i: number): { title: string; body: string } {
  const [title = "", ...paras] = generator
    .generateArticle(i)
    .trim()
    .split(/\n\s*\n/);
  return { title, body: paras.map((p) => `<p>${escape(p.trim())}</p>`).join("\n") };
}

function page(i: number): string {
  const { title, body } = article(i);
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head>` +
    `<body><nav><a href="/">Home</a></nav><article><h1>${escape(title)}</h1>\n${body}</article></body></html>`
  );
}

let server: Server;
let base = "";
let robotsHits = 0;
const agents = new Set<string>();

function rssFeed(): string {
  const a = article(6);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test wire</title><link>${base}/</link>
<item><title>${escape(a.title)}</title><link>${base}/rss-item-a.html</link>
<pubDate>Thu, 21 Nov 2019 10:00:00 +0000</pubDate><description>Short teaser.</description>
<content:encoded><![CDATA[${a.body}]]></content:encoded></item>
<item><title>Linked story</title><link>${base}/article-3.html</link>
<pubDate>Fri, 22 Nov 2019 08:00:00 GMT</pubDate><description>Only a teaser &amp; a link.</description></item>
</channel></rss>`;
}

function atomFeed(absolute = false): string {
  const a = article(7);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:test</id>
<entry><title>${escape(a.title)}</title><link rel="alternate" href="${base}/atom-a.html"/>
<id>urn:a</id><updated>2020-01-02T09:00:00Z</updated><content type="html">${escape(a.body)}</content></entry>
<entry><title>Linked entry</title><link href="${absolute ? base : ""}/article-4.html"/><id>urn:b</id>
<published>2020-01-03T12:00:00+02:00</published><updated>2020-01-05T00:00:00Z</updated>
<summary>A short summary.</summary></entry>
</feed>`;
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  agents.add(req.headers["user-agent"] ?? "");
  const url = req.url ?? "/";
  const html = (body: string) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(body);
  };
  const redirect = (code: number, to: string) => {
    res.writeHead(code, { location: to });
    res.end();
  };
  let m: RegExpExecArray | null;
  if (url === "/robots.txt") {
    robotsHits++;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("# test\nUser-agent: SomeBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\n");
  } else if ((m = /^\/(?:private\/)?article-(\d+)\.html$/.exec(url))) html(page(Number(m[1])));
  else if (url === "/r/1") redirect(302, "/r/2");
  else if (url === "/r/2") redirect(301, `${base}/article-2.html`);
  else if ((m = /^\/loop\/(\d+)$/.exec(url))) redirect(302, `/loop/${Number(m[1]) + 1}`);
  else if (url === "/error") {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("boom");
  } else if (url === "/slow") {
    // Never answers; the client's timeout ends it.
  } else if (url === "/big") {
    res.writeHead(200, { "content-type": "text/html" });
    res.end("<p>" + "x".repeat(2 * 1024 * 1024) + "</p>");
  } else if (url === "/feed.rss") {
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
    res.end(rssFeed());
  } else if (url === "/atom") {
    res.writeHead(200, { "content-type": "text/xml" });
    res.end(atomFeed());
  } else if (url === "/bad-feed.xml") {
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end("this is not XML, only words pretending to be a feed");
  } else {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}

function listen(s: Server): Promise<string> {
  return new Promise((resolve) =>
    s.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)),
  );
}

function stop(s: Server): Promise<void> {
  s.closeAllConnections();
  return new Promise((resolve) => s.close(() => resolve()));
}

/** One WARC record: version line, fields, blank line, block, CRLF CRLF. */
function warcRecord(type: string, uri: string, block: Buffer, contentType: string): Buffer {
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-01-01T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${type}-${uri.length}>\r\nContent-Type: ${contentType}\r\n` +
    `Content-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from("\r\n\r\n")]);
}

function httpResponse(status: string, contentType: string, body: string): Buffer {
  return Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nServer: test\r\n\r\n${body}`);
}

/** A request record, then two HTML responses (articles 9 and 10), then a 404 response. */
function warcRecords(): Buffer[] {
  return [
    warcRecord(
      "request",
      "http://news.example/a9",
      Buffer.from("GET /a9 HTTP/1.1\r\nHost: news.example\r\n\r\n"),
      "application/http; msgtype=request",
    ),
    warcRecord(
      "response",
      "http://news.example/a9",
      httpResponse("200 OK", "text/html; charset=utf-8", page(9)),
      "application/http; msgtype=response",
    ),
    warcRecord(
      "response",
      "http://news.example/a10",
      httpResponse("200 OK", "text/html", page(10)),
      "application/http; msgtype=response",
    ),
    warcRecord(
      "response",
      "http://news.example/gone",
      httpResponse("404 Not Found", "text/html", "<html><body>gone</body></html>"),
      "application/http; msgtype=response",
    ),
  ];
}

const run = runCli;

function documents(db: string): { source: string; published: string | null; content_type: string | null }[] {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare("SELECT source, published, content_type FROM documents ORDER BY source").all() as {
      source: string;
      published: string | null;
      content_type: string | null;
    }[];
  } finally {
    conn.close();
  }
}

const files = {
  warc: join(dir, "sample.warc"),
  warcGz: join(dir, "sample.warc.gz"),
  truncated: join(dir, "truncated.warc"),
  truncatedGz: join(dir, "truncated.warc.gz"),
  feed: join(dir, "local.rss"),
  sniffed: join(dir, "feed-without-extension"),
  badFeed: join(dir, "bad.atom"),
};

beforeAll(async () => {
  server = createServer(handle);
  base = await listen(server);
  const records = warcRecords();
  const whole = Buffer.concat(records);
  writeFileSync(files.warc, whole);
  const members = records.map((r) => gzipSync(r));
  writeFileSync(files.warcGz, Buffer.concat(members));
  const cut = (records[0]?.length ?? 0) + (records[1]?.length ?? 0) + 300;
  writeFileSync(files.truncated, whole.subarray(0, cut));
  const m2 = members[2] ?? Buffer.alloc(0);
  writeFileSync(
    files.truncatedGz,
    Buffer.concat([
      members[0] ?? Buffer.alloc(0),
      members[1] ?? Buffer.alloc(0),
      m2.subarray(0, m2.length >> 1),
    ]),
  );
  const a8 = article(8);
  writeFileSync(
    files.feed,
    `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local</title>
<item><title>Forbidden</title><link>${base}/private/article-11.html</link><pubDate>Mon, 06 Jan 2020 00:00:00 GMT</pubDate></item>
<item><title>${escape(a8.title)}</title><link>http://news.example/a8</link><pubDate>Tue, 07 Jan 2020 23:30:00 -0500</pubDate>
<content:encoded>${escape(a8.body)}</content:encoded></item>
</channel></rss>`,
  );
  writeFileSync(files.sniffed, `<?xml version="1.0"?>\n<!-- no extension -->\n${atomFeed(true)}`);
  writeFileSync(files.badFeed, '{ "not": "xml" }');
});

afterAll(async () => {
  await stop(server);
});

describe("curtain ingest of URLs, feeds and WARC files", () => {
  const db = join(dir, "sources.db");
  const failures = (): [string, RegExp][] => [
    [`${base}/error`, /^HTTP 500 Internal Server Error$/],
    [`${base}/slow`, /^timed out after 0\.3 s$/],
    [`${base}/loop/0`, /^too many redirects$/],
    [`${base}/private/article-5.html`, /^disallowed by robots\.txt$/],
    [`${base}/private/article-11.html`, /^disallowed by robots\.txt$/],
    [`${base}/bad-feed.xml`, /^not an RSS or Atom feed$/],
    [files.badFeed, /^not an RSS or Atom feed$/],
    ["ftp://127.0.0.1/article.txt", /^only http and https URLs are read$/],
    [files.truncated, /^WARC record 3 is cut short$/],
    [files.truncatedGz, /^WARC record 3 is cut short$/],
  ];
  const args = () => [
    "ingest",
    `${base}/article-1.html`,
    `${base}/r/1`,
    `${base}/error`,
    `${base}/slow`,
    `${base}/loop/0`,
    `${base}/private/article-5.html`,
    `${base}/feed.rss`,
    `${base}/atom`,
    `${base}/bad-feed.xml`,
    "ftp://127.0.0.1/article.txt",
    files.feed,
    files.badFeed,
    files.warc,
    files.warcGz,
    files.truncated,
    files.truncatedGz,
    "--published",
    "2024-06-15",
    "--timeout",
    "0.3",
    "--db",
    db,
  ];

  function expectFailures(stderr: string): void {
    const lines = stderr.trim().split("\n");
    for (const [input, reason] of failures()) {
      const hits = lines.filter((l) => l.startsWith(`curtain ingest: ${input}: `));
      expect(hits, stderr).toHaveLength(1);
      expect(hits[0]?.slice(`curtain ingest: ${input}: `.length)).toMatch(reason);
    }
    expect(lines.filter((l) => !/ read, \d+ stored/.test(l))).toHaveLength(failures().length);
  }

  it("stores the good documents, reports each bad input on one line and exits 1", async () => {
    const r = await run(...args());
    expect(r.code, r.stderr).toBe(1);
    expectFailures(r.stderr);
    // Stored: 2 pages, 2 + 2 feed items, 1 local feed item, 2 WARC pages. Already present: the
    // same 2 from the .gz, and article 9 from each truncated copy. Failed: the 10 above.
    expect(r.stderr).toMatch(/23 read, 9 stored \(\d+ events\), 4 already present, 10 failed/);
    const docs = new Map(documents(db).map((d) => [d.source, d]));
    expect([...docs.keys()].sort()).toEqual(
      [
        `${base}/article-1.html`,
        `${base}/article-2.html`,
        `${base}/rss-item-a.html`,
        `${base}/article-3.html`,
        `${base}/atom-a.html`,
        `${base}/article-4.html`,
        "http://news.example/a8",
        "http://news.example/a9",
        "http://news.example/a10",
      ].sort(),
    );
    expect(docs.get(`${base}/rss-item-a.html`)?.published).toBe("2019-11-21");
    expect(docs.get(`${base}/article-3.html`)?.published).toBe("2019-11-22");
    expect(docs.get(`${base}/atom-a.html`)?.published).toBe("2020-01-02");
    expect(docs.get(`${base}/article-4.html`)?.published).toBe("2020-01-03");
    expect(docs.get("http://news.example/a8")?.published).toBe("2020-01-07");
    expect(docs.get(`${base}/article-1.html`)?.published).toBe("2024-06-15");
    expect(docs.get(`${base}/article-1.html`)?.content_type).toBe("text/html; charset=utf-8");
    expect(docs.get("http://news.example/a10")?.content_type).toBe("text/html");
    expect(robotsHits).toBe(1);
    expect([...agents]).toEqual([USER_AGENT]);
  });

  it("stores nothing new on a re-run", async () => {
    const before = documents(db);
    const r = await run(...args());
    expect(r.code, r.stderr).toBe(1);
    expectFailures(r.stderr);
    expect(r.stderr).toMatch(/23 read, 0 stored \(0 events\), 13 already present, 10 failed/);
    expect(documents(db)).toEqual(before);
  });

  it("recognises a feed file by its content and stores the rest with exit 0", async () => {
    const target = join(dir, "sniffed.db");
    const r = await run("ingest", files.sniffed, "--db", target, "--timeout", "5");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/2 read, 2 stored/);
  });
});

describe("source readers", () => {
  it("caps the size of a response", async () => {
    const http = new HttpClient({ maxBytes: 1024 * 1024, timeoutMs: 5000 });
    await expect(http.fetch(`${base}/big`)).rejects.toThrow("response is over the 1 MB limit");
    const ok = await http.fetch(`${base}/r/1`);
    expect(ok.finalUrl).toBe(`${base}/article-2.html`);
  });

  it("treats a robots.txt that fails to load as allowing everything", async () => {
    const broken = createServer((req, res) => {
      res.writeHead(req.url === "/robots.txt" ? 503 : 200, { "content-type": "text/html" });
      res.end(req.url === "/robots.txt" ? "down" : "<p>page</p>");
    });
    const origin = await listen(broken);
    try {
      const page = await new HttpClient({ timeoutMs: 5000 }).fetch(`${origin}/private/x.html`);
      expect(new TextDecoder().decode(page.bytes)).toBe("<p>page</p>");
    } finally {
      await stop(broken);
    }
  });

  it("reads the robots.txt groups for * and Curtain only", () => {
    const rules = parseRobots(
      "User-agent: Other\nDisallow: /\n\nUser-agent: Curtain\nDisallow: /drafts\nAllow: /drafts/public\n" +
        "User-agent: *\nDisallow: /*.pdf$\nDisallow:\n",
    );
    expect(rules.allows("/news/1.html")).toBe(true);
    expect(rules.allows("/drafts/1.html")).toBe(false);
    expect(rules.allows("/drafts/public/1.html")).toBe(true);
    expect(rules.allows("/files/report.pdf")).toBe(false);
    expect(rules.allows("/files/report.pdf?x=1")).toBe(true);
  });

  it("parses RSS and Atom items, and refuses other XML", () => {
    const rss = parseFeed(Buffer.from(rssFeed()));
    expect(rss?.kind).toBe("rss");
    expect(rss?.items.map((i) => [i.link, i.published, i.content !== null])).toEqual([
      [`${base}/rss-item-a.html`, "2019-11-21", true],
      [`${base}/article-3.html`, "2019-11-22", false],
    ]);
    const atom = parseFeed(Buffer.from(atomFeed()));
    expect(atom?.items.map((i) => [i.link, i.published, i.content !== null])).toEqual([
      [`${base}/atom-a.html`, "2020-01-02", true],
      ["/article-4.html", "2020-01-03", false],
    ]);
    expect(parseFeed(Buffer.from("<html><body>no</body></html>"))).toBeNull();
    expect(parseFeed(Buffer.from("not xml"))).toBeNull();
  });

  it("yields the WARC's HTML responses, then the record cut short", async () => {
    const items = [];
    for await (const item of warcSource(files.truncated)) items.push(item);
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first instanceof InputError ? first.message : first?.source).toBe("http://news.example/a9");
    expect(first instanceof InputError ? null : first?.fetchedAt).toBe("2024-01-01T10:00:00Z");
    expect(second instanceof InputError ? second.message : "").toBe(
      `${files.truncated}: WARC record 3 is cut short`,
    );
    const gz = [];
    for await (const item of warcSource(files.warcGz)) gz.push(item);
    expect(gz.map((i) => (i instanceof InputError ? i.message : i.source))).toEqual([
      "http://news.example/a9",
      "http://news.example/a10",
    ]);
    const page9 = gz[0] instanceof InputError ? null : gz[0]?.bytes;
    expect(Buffer.from(page9 ?? []).toString()).toBe(page(9));
    expect(readFileSync(files.warc).subarray(0, 9).toString()).toBe("WARC/1.0\r");
  });
});
