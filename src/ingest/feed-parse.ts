import { XMLParser } from "fast-xml-parser";
import iconv from "iconv-lite";

/** One item of an RSS or Atom feed, its text decoded. */
export interface FeedItem {
  /** 1-based position in the feed. */
  readonly index: number;
  readonly title: string | null;
  /** The item's web page: RSS <link> (or a permalink <guid>), Atom <link rel="alternate">. */
  readonly link: string | null;
  /** pubDate, dc:date, Atom published or updated, as YYYY-MM-DD. */
  readonly published: string | null;
  /** The article's full HTML when the feed carries it (content:encoded, or a long Atom <content>). */
  readonly content: string | null;
}

export interface Feed {
  readonly kind: "rss" | "atom";
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** Atom <content> counts as the full article past this many characters of text. */
export const FULL_CONTENT_CHARS = 500;

const ROOT = /^<(?:[\w.-]+:)?(rss|feed|RDF)[\s>/]/;
const PROLOG = /^(\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)/i;

/** Whether bytes begin like a feed: an XML document whose root element is <rss>, <feed> or <rdf:RDF>. */
export function sniffFeed(bytes: Uint8Array): boolean {
  let head = decodeXml(bytes.subarray(0, 4096));
  for (let m = PROLOG.exec(head); m; m = PROLOG.exec(head)) head = head.slice(m[0].length);
  return ROOT.test(head);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  stopNodes: ["*.content:encoded", "*.content", "*.description", "*.summary"],
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

/**
 * Parses an RSS 2.0 (or 1.0) or Atom feed; null when the bytes are not XML or their root is
 * neither <rss> (<rdf:RDF>) nor <feed>.
 *
 * @example
 *   parseFeed(bytes)?.items.map((i) => i.link);
 */
export function parseFeed(bytes: Uint8Array): Feed | null {
  if (!sniffFeed(bytes)) return null;
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(decodeXml(bytes)) as Record<string, unknown>;
  } catch {
    return null;
  }
  for (const [key, value] of Object.entries(doc)) {
    const local = key.replace(/^.*:/, "");
    const root = asObject(value);
    if (local === "rss") {
      const channel = asObject(first(root["channel"]));
      return { kind: "rss", title: text(channel["title"]), items: list(channel["item"]).map(rssItem) };
    }
    if (local === "RDF") {
      const channel = asObject(first(root["channel"]));
      return { kind: "rss", title: text(channel["title"]), items: list(root["item"]).map(rssItem) };
    }
    if (local === "feed") {
      return { kind: "atom", title: text(root["title"]), items: list(root["entry"]).map(atomEntry) };
    }
  }
  return null;
}

function rssItem(value: unknown, i: number): FeedItem {
  const item = asObject(value);
  const guid = first(item["guid"]);
  const permalink = asObject(guid)["@_isPermaLink"] !== "false" ? text(guid) : null;
  const link =
    list(item["link"])
      .map(text)
      .find((l) => l) ?? (permalink && /^https?:/i.test(permalink) ? permalink : null);
  const encoded = text(item["content:encoded"]);
  return {
    index: i + 1,
    title: text(item["title"]),
    link: link ?? null,
    published: feedDay(text(item["pubDate"]) ?? text(item["dc:date"])),
    content: encoded && plainText(encoded).length > 0 ? encoded : null,
  };
}

function atomEntry(value: unknown, i: number): FeedItem {
  const entry = asObject(value);
  const links = list(entry["link"]).map(asObject);
  const alternate =
    links.find((l) => (l["@_rel"] ?? "alternate") === "alternate" && l["@_href"]) ??
    links.find((l) => l["@_href"]);
  const content = first(entry["content"]);
  const type = String(asObject(content)["@_type"] ?? "text").toLowerCase();
  let html = type === "xhtml" ? rawText(content) : text(content);
  if (html !== null && type === "text") html = `<p>${escapeHtml(html)}</p>`;
  return {
    index: i + 1,
    title: text(entry["title"]),
    link: typeof alternate?.["@_href"] === "string" ? decodeEntities(alternate["@_href"]) : null,
    published: feedDay(text(entry["published"]) ?? text(entry["updated"]) ?? text(entry["dc:date"])),
    content: html && plainText(html).length > FULL_CONTENT_CHARS ? html : null,
  };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A feed date (RFC 822 or ISO 8601) as YYYY-MM-DD, in the date's own time zone; null if unreadable. */
export function feedDay(value: string | null): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})/.exec(value);
  const month = rfc ? MONTHS.indexOf((rfc[2] ?? "").toLowerCase()) : -1;
  if (rfc && month >= 0) {
    let year = Number(rfc[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    return valid(`${year}-${String(month + 1).padStart(2, "0")}-${(rfc[1] ?? "").padStart(2, "0")}`);
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function valid(day: string): string | null {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day) ? day : null;
}

/** Bytes as text: a UTF-16 or UTF-8 BOM, else the XML declaration's encoding, else UTF-8. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return iconv.decode(Buffer.from(bytes), declared);
  }
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The element's text as written, entities and CDATA left as they are. */
function rawText(value: unknown): string | null {
  const v = first(value);
  if (typeof v === "string" || typeof v === "number") return String(v);
  const inner = asObject(v)["#text"];
  return typeof inner === "string" || typeof inner === "number" ? String(inner) : null;
}

/** The element's text: CDATA sections kept literally, entities decoded elsewhere; null if empty. */
function text(value: unknown): string | null {
  const raw = rawText(value);
  if (raw === null) return null;
  let out = "";
  const cdata = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
  let at = 0;
  for (let m = cdata.exec(raw); m; m = cdata.exec(raw)) {
    out += decodeEntities(raw.slice(at, m.index)) + (m[1] ?? "");
    at = m.index + m[0].length;
  }
  out = (out + decodeEntities(raw.slice(at))).trim();
  return out === "" ? null : out;
}

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  hellip: "\u2026",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text of an HTML fragment, roughly: tags dropped, entities decoded, whitespace collapsed. */
function plainText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** An item's full content as a standalone HTML page, its title as <title> and heading. */
export function itemPage(item: FeedItem): string {
  const title = item.title ? escapeHtml(item.title) : "";
  return (
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${title}</title></head>\n` +
    `<body><article>${title ? `<h1>${title}</h1>\n` : ""}${item.content ?? ""}</article></body></html>\n`
  );
}
