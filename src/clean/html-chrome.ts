import type { Boilerplate, BoilerplateKind, Teaser } from "./clean-document.js";
import { htmlBlocks } from "./html-blocks.js";
import { lineKind } from "./line-kind.js";
import { wordCount } from "./shape.js";

/** Elements that are never article text. */
const DROP_TAGS =
  "script, style, noscript, template, svg, iframe, form, button, select, textarea, input, dialog";
/** Elements that are chrome wherever they are. */
const CHROME_TAGS: readonly [string, BoilerplateKind][] = [
  ["nav", "navigation"],
  ["footer", "navigation"],
  ["aside", "related"],
  ["figcaption", "caption"],
  ["figure", "caption"],
];

const TOKEN = "(?:^|[\\s_-])";
const END = "(?=$|[\\s_-])";
const CLASS_KINDS: readonly [RegExp, BoilerplateKind][] = [
  [new RegExp(`${TOKEN}(?:cookies?|consent|gdpr|cmp)${END}`, "i"), "cookie"],
  [
    new RegExp(`${TOKEN}(?:caption|credit|image-?credit|photo-?credit|wp-caption-text)${END}`, "i"),
    "caption",
  ],
  [
    new RegExp(
      `${TOKEN}(?:related|recommended|recommendations|read-?also|read-?more|more-?stories|more-?news|most-?read|most-?popular|popular|trending|teasers?|also-?read|see-?also|outbrain|taboola|further-?reading)${END}`,
      "i",
    ),
    "related",
  ],
  [
    new RegExp(`${TOKEN}(?:promo|promoted|sponsored|advert|advertisement|ads?|ad-?slot|banner)${END}`, "i"),
    "promo",
  ],
  [
    new RegExp(
      `${TOKEN}(?:share|sharing|social|share-?buttons|newsletter|subscribe|subscription|signup|follow|breadcrumbs?|tags?|tag-?list|topics|byline|author|authors|meta|post-?meta|article-?meta|entry-?meta|(?:article|post|entry|story)-?info|dateline|timestamp|date|pubdate|published|kicker|eyebrow|overline|rubric|comments?|menu|navbar|nav|sidebar|footer|site-?header|masthead|ticker|paywall|modal|popup|toolbar)${END}`,
      "i",
    ),
    "navigation",
  ],
];

function classKind(el: Element): BoilerplateKind | null {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("role") ?? ""}`;
  if (names.trim().length === 0) return null;
  for (const [re, kind] of CLASS_KINDS) if (re.test(names)) return kind;
  if (/\b(?:navigation|banner|contentinfo|complementary)\b/.test(el.getAttribute("role") ?? ""))
    return "navigation";
  return null;
}

/** Text of an element with a space between its blocks ("Home Balkans World", not "HomeBalkansWorld"). */
const text = (el: Element): string =>
  htmlBlocks(el)
    .map((b) => b.text)
    .join(" ");

const INLINE_TAGS = new Set(["a", "span", "b", "strong", "i", "em", "small", "abbr", "cite", "mark", "time"]);
const TEXT_BLOCKS = "p, li, td, dd, blockquote, h1, h2, h3, h4, h5, h6";

/**
 * An inline element inside running text ("President of Ukraine <a class="person_tag">Viktor
 * Yanukovych</a>: Thank you"): part of a sentence, whatever its class says.
 */
function inSentence(el: Element): boolean {
  if (!INLINE_TAGS.has(el.tagName.toLowerCase())) return false;
  const block = el.parentElement?.closest(TEXT_BLOCKS);
  if (!block) return false;
  const own = (el.textContent ?? "").replace(/\s+/g, " ").trim().length;
  const all = (block.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return all - own >= 20;
}

/** Hidden on the page: the hidden attribute, a bare "hidden" class, or display:none. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute("hidden")) return true;
  if (/(?:^|\s)hidden(?=$|\s)/.test(el.getAttribute("class") ?? "")) return true;
  return /display\s*:\s*none/i.test(el.getAttribute("style") ?? "");
}

function paragraphChars(el: Element | Document): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

/**
 * Cards in a related box that carry a summary besides their headline: these are teasers
 * of other articles. Cards with a headline only are plain related links.
 */
function teasersOf(box: Element): Teaser[] {
  const out: Teaser[] = [];
  for (const card of Array.from(
    box.querySelectorAll("li, article, [class*=card], [class*=item], [class*=teaser]"),
  )) {
    const head = card.querySelector("h1, h2, h3, h4, h5, h6, a");
    const summary = card.querySelector("p");
    if (!head || !summary || head.contains(summary) || summary.contains(head)) continue;
    const title = text(head);
    const body = text(summary);
    if (title && body && body !== title && wordCount(body) >= 5 && !out.some((t) => t.title === title)) {
      out.push({ title, text: body });
    }
  }
  return out;
}

/**
 * Takes page chrome out of the DOM before readability sees it, recording each piece as
 * boilerplate: cookie banners, navigation, share and newsletter blocks, captions, related
 * boxes (whose cards with summaries become teasers). An element that holds most of the
 * page's paragraph text is never removed, whatever its class says.
 */
export function removeChrome(document: Document, boilerplate: Boilerplate[], teasers: Teaser[]): void {
  for (const el of Array.from(document.querySelectorAll(DROP_TAGS))) el.remove();
  for (const el of Array.from(document.querySelectorAll("body [hidden], body [class], body [style]"))) {
    if (el.isConnected && isHidden(el)) el.remove();
  }
  const total = paragraphChars(document);
  const record = (el: Element, kind: BoilerplateKind): void => {
    if (kind === "related") teasers.push(...teasersOf(el));
    const t = text(el);
    if (t) boilerplate.push({ kind, text: t.length > 1000 ? `${t.slice(0, 1000)}…` : t });
    el.remove();
  };
  for (const [tag, kind] of CHROME_TAGS) {
    for (const el of Array.from(document.querySelectorAll(tag))) {
      if (!el.isConnected) continue;
      if (tag !== "figure" && tag !== "figcaption" && paragraphChars(el) > total * 0.4) continue;
      record(el, kind);
    }
  }
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    if (!el.isConnected) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === "article" || tag === "main" || tag === "body") continue;
    const kind = classKind(el);
    if (kind === null || inSentence(el)) continue;
    if (paragraphChars(el) > total * 0.4) continue;
    record(el, kind);
  }
  // Short chrome lines outside any classed box: "Read also: ...", cookie notices, bylines.
  for (const el of Array.from(document.querySelectorAll("p, div, span, li"))) {
    if (!el.isConnected || el.querySelector("p, div, li")) continue;
    const t = text(el);
    if (t.length === 0 || t.length > 700) continue;
    const kind = lineKind(t);
    if (kind === "cookie" || kind === "related") record(el, kind);
  }
}
