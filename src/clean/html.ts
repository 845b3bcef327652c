import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { loadSync } from "../load-sync.js";
import type { Boilerplate, Teaser } from "./clean-document.js";
import { htmlBlocks } from "./html-blocks.js";
import { removeChrome } from "./html-chrome.js";
import { filterBlocks, isHeading } from "./html-filter.js";
import { findLead, withLead } from "./html-lead.js";
import { pageMetadata, type PageMetadata } from "./metadata.js";

/** What the HTML cleaner makes of a page. */
export interface HtmlCleaning {
  readonly metadata: PageMetadata;
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly boilerplate: readonly Boilerplate[];
  readonly teasers: readonly Teaser[];
}

/**
 * linkedom and readability, loaded with the first page: a run over plain text never needs them,
 * and linkedom with its dependencies is ~200 modules, a quarter of a second to load.
 */
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | null = null;

/** Loads linkedom and readability now rather than with the first page (see loadExtractionLibraries). */
export async function loadHtmlLibraries(): Promise<void> {
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import("linkedom"),
    import("@mozilla/readability"),
  ]);
  libraries ??= { parseHTML, Readability };
}

function htmlLibraries(): NonNullable<typeof libraries> {
  libraries ??= {
    parseHTML: loadSync<{ parseHTML: typeof ParseHtml }>("linkedom").parseHTML,
    Readability: loadSync<{ Readability: typeof ReadabilityClass }>("@mozilla/readability").Readability,
  };
  return libraries;
}

/** The <p>-richest parent: the article when readability finds none. */
function largestParagraphBlock(document: Document): Element | null {
  const sums = new Map<Element, number>();
  for (const p of Array.from(document.querySelectorAll("p"))) {
    const parent = p.parentElement;
    if (parent) sums.set(parent, (sums.get(parent) ?? 0) + (p.textContent ?? "").trim().length);
  }
  let best: Element | null = null;
  let max = 0;
  for (const [el, n] of sums) if (n > max) [best, max] = [el, n];
  return best;
}

function readable(document: Document): Element | null {
  try {
    const { Readability } = htmlLibraries();
    const article = new Readability<Element>(document, { serializer: (n) => n as Element }).parse();
    const content = article?.content;
    if (content && (content.textContent ?? "").trim().length >= 80) return content;
  } catch {
    // readability throws on some malformed DOMs; the fallback below still finds the text.
  }
  return null;
}

/**
 * Cleans an HTML page: metadata first (readability changes the DOM), then chrome out of
 * the DOM, then the lead standing apart from the body, then readability, then our own
 * filters over the paragraphs it keeps, with the lead put back in front. Returns
 * no paragraphs when the page has no article text.
 */
export function cleanHtml(html: string): HtmlCleaning {
  const { document } = htmlLibraries().parseHTML(html);
  const metadata = pageMetadata(document);
  const boilerplate: Boilerplate[] = [];
  const teasers: Teaser[] = [];
  removeChrome(document, boilerplate, teasers);
  const lead = findLead(document, metadata.title);
  const fallback = largestParagraphBlock(document);
  const root = readable(document) ?? fallback;
  const blocks = root ? htmlBlocks(root) : [];
  let title = metadata.title;
  if (title === null) {
    const h = blocks.find(isHeading);
    title = h ? h.text : null;
  }
  const body = filterBlocks(blocks, title, boilerplate, teasers);
  const paragraphs = body.length > 0 ? withLead(lead, body) : body;
  return { metadata, title, paragraphs, boilerplate, teasers };
}
