import { toIsoDate } from "./iso-date.js";
import { languageFromTag } from "./language.js";

/** What an HTML page says about itself, read before readability changes the DOM. */
export interface PageMetadata {
  readonly title: string | null;
  readonly published: string | null;
  /** ISO 639-1 from <html lang> or a content-language meta, else null. */
  readonly language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPE = /article|posting|report|news/i;
const TITLE_SUFFIX = /\s+[|–—·:»-]\s+[^|–—·:»-]{2,60}$/;
const DATE_METAS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="publish_date"]',
  'meta[name="publication_date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
};

function jsonLdObjects(document: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v);
      if (v["@graph"]) visit(v["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken JSON-LD block is common and says nothing about the article: skip it.
    }
  }
  return out.sort(
    (a, b) => Number(ARTICLE_TYPE.test(String(b["@type"]))) - Number(ARTICLE_TYPE.test(String(a["@type"]))),
  );
}

function meta(document: Document, selector: string): string | null {
  return clean(document.querySelector(selector)?.getAttribute("content"));
}

function pageTitle(document: Document, ld: readonly Record<string, Json>[]): string | null {
  const og = meta(document, 'meta[property="og:title"]') ?? meta(document, 'meta[name="twitter:title"]');
  if (og) return og;
  for (const o of ld)
    if (typeof o["headline"] === "string" && clean(o["headline"])) return clean(o["headline"]);
  const title = clean(document.querySelector("title")?.textContent);
  if (title) {
    const stripped = title.replace(TITLE_SUFFIX, "");
    return stripped.length >= 15 ? stripped : title;
  }
  return clean(document.querySelector("h1")?.textContent);
}

function pagePublished(document: Document, ld: readonly Record<string, Json>[]): string | null {
  for (const o of ld) {
    const d = toIsoDate(typeof o["datePublished"] === "string" ? o["datePublished"] : null);
    if (d) return d;
  }
  for (const sel of DATE_METAS) {
    const d = toIsoDate(meta(document, sel));
    if (d) return d;
  }
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const fromItemprop = toIsoDate(itemprop?.getAttribute("datetime") ?? itemprop?.getAttribute("content"));
  if (fromItemprop) return fromItemprop;
  const scope = document.querySelector("article") ?? document.querySelector("main") ?? document;
  for (const time of Array.from(scope.querySelectorAll("time[datetime]"))) {
    const d = toIsoDate(time.getAttribute("datetime"));
    if (d) return d;
  }
  return null;
}

/**
 * Title, publication date and declared language of a page. Title: og:title, JSON-LD
 * headline, <title> without its " | Outlet" suffix, or the first <h1>. Date: JSON-LD
 * datePublished, article:published_time and the usual date metas, itemprop datePublished,
 * then the first <time datetime> of the article.
 */
export function pageMetadata(document: Document): PageMetadata {
  const ld = jsonLdObjects(document);
  const lang =
    languageFromTag(document.documentElement?.getAttribute("lang")) ??
    languageFromTag(
      meta(document, 'meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]'),
    ) ??
    languageFromTag(meta(document, 'meta[property="og:locale"]'));
  return { title: pageTitle(document, ld), published: pagePublished(document, ld), language: lang };
}
