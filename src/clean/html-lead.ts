import { htmlBlocks } from "./html-blocks.js";
import { hasCapsLead, isSentenceLike, isTruncated, wordCount } from "./shape.js";

/**
 * Class, id or itemprop naming an article's lead (standfirst, dek, summary, intro):
 * "read__lead", "article-standfirst", "entry-summary", itemprop="description".
 */
const LEAD_NAME =
  /(?:^|[\s_-])(?:lead|lede|standfirst|dek|summary|description|intro|subtitle|subheadline|sub-?head|abstract|excerpt)(?=$|[\s_-])/i;

/** How far up from the lead, and how far along its siblings, the article body may sit. */
const LEVELS = 4;
const SIBLINGS = 2;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function paragraphChars(el: Element | Document): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

function namesLead(el: Element): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("itemprop") ?? ""}`;
  return LEAD_NAME.test(names);
}

/** The article's headline: an h1-h3 repeating the page title, or the first h1 when there is no title. */
function headline(document: Document, title: string | null): Element | null {
  const key = title ? norm(title) : null;
  for (const h of Array.from(document.querySelectorAll("h1, h2, h3"))) {
    const t = norm(h.textContent ?? "");
    if (t.length === 0) continue;
    if (key === null) return h.tagName.toLowerCase() === "h1" ? h : null;
    if (t === key || (t.length >= 10 && (key.startsWith(t) || t.startsWith(key)))) return h;
  }
  return null;
}

/** The lead's container, or one of its ancestors, is followed closely by the element holding most of the body. */
function besideBody(el: Element, bodyChars: number): boolean {
  let node: Element | null = el;
  for (let level = 0; node && level < LEVELS; level++, node = node.parentElement) {
    let sib = node.nextElementSibling;
    for (let i = 0; sib && i < SIBLINGS; i++, sib = sib.nextElementSibling) {
      if (paragraphChars(sib) >= bodyChars) return true;
    }
  }
  return false;
}

/** Reads as the article's own opening, not a teaser, a slogan or a label. */
function leadLike(paragraphs: readonly string[], linkChars: number): boolean {
  const all = paragraphs.join(" ");
  if (paragraphs.length === 0 || paragraphs.length > 3 || all.length > 800) return false;
  if (linkChars > 0.3 * all.length) return false;
  return paragraphs.every(
    (p) => wordCount(p) >= 6 && isSentenceLike(p) && !isTruncated(p) && !hasCapsLead(p),
  );
}

/**
 * The lead (standfirst) of an article that sits in its own element between the headline and
 * the body, where readability, keeping only the body, loses it: an element named as a lead,
 * after the article's headline, next to the element holding most of the page's paragraph
 * text, and reading as sentences. Site slogans (before the headline), teaser summaries
 * (truncated, or far from the body) and page descriptions in <meta> are never taken.
 * Call before readability, which rearranges the DOM.
 */
export function findLead(document: Document, title: string | null): string[] {
  const head = headline(document, title);
  if (!head) return [];
  const total = paragraphChars(document);
  if (total === 0) return [];
  const bodyChars = total * 0.4;
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    if (!namesLead(el)) continue;
    if (!(head.compareDocumentPosition(el) & 4)) continue; // not after the headline
    if (el.contains(head) || el.closest("li, a, h1, h2, h3, h4, h5, h6")) continue;
    if (paragraphChars(el) >= bodyChars) continue; // the body itself
    const blocks = htmlBlocks(el);
    const paragraphs = blocks.map((b) => b.text);
    const links = blocks.reduce((n, b) => n + b.linkChars, 0);
    if (!leadLike(paragraphs, links) || !besideBody(el, bodyChars)) continue;
    return paragraphs;
  }
  return [];
}

/**
 * The paragraphs with the lead put first, unless the body already has it: a lead paragraph
 * found in the body, or the body's first paragraph opening with it, is not added again.
 */
export function withLead(lead: readonly string[], paragraphs: readonly string[]): string[] {
  if (lead.length === 0) return [...paragraphs];
  const body = paragraphs.map(norm);
  const joined = body.join(" ");
  const missing = lead.filter((l) => {
    const key = norm(l);
    return key.length > 0 && !joined.includes(key) && !(body[0] ?? "").startsWith(key);
  });
  return [...missing, ...paragraphs];
}
