import type { Boilerplate, BoilerplateKind, Teaser } from "./clean-document.js";
import type { HtmlBlock } from "./html-blocks.js";
import { lineKind } from "./line-kind.js";
import { hasCapsLead, isSentenceLike, isTruncated, wordCount } from "./shape.js";

const HEADING = /^h[1-6]$/;

export function isHeading(b: HtmlBlock): boolean {
  return HEADING.test(b.tag);
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The article's own heading repeating the title (maybe without the outlet's suffix). */
function repeatsTitle(key: string, titleKey: string, heading: boolean): boolean {
  if (key === titleKey) return true;
  return heading && key.length >= 10 && (titleKey.startsWith(key) || key.startsWith(titleKey));
}

type Verdict = BoilerplateKind | "keep" | "title" | "related-header";

/** What one block is on its own: article text, or a kind of chrome. */
function verdict(b: HtmlBlock): Verdict {
  const kind = lineKind(b.text);
  if (kind !== null) return kind;
  const sentence = isSentenceLike(b.text);
  // A paragraph that is mostly one link points at another article.
  if (b.text.length <= 300 && b.linkChars >= 0.7 * b.text.length && !sentence) return "related";
  if (wordCount(b.text) <= 2 && !isHeading(b) && !sentence) return "navigation";
  return "keep";
}

const isSummary = (b: HtmlBlock): boolean =>
  wordCount(b.text) >= 8 && (hasCapsLead(b.text) || isTruncated(b.text));

/**
 * After a "More news" / "Related" header inside the content, headlines and their summaries
 * are other articles (teasers) until a paragraph that reads as the article's own text.
 */
function markRelatedSections(blocks: readonly HtmlBlock[], verdicts: Verdict[], teasers: Teaser[]): void {
  let related = false;
  for (let i = 0; i < blocks.length; i++) {
    const v = verdicts[i]!;
    if (v === "related-header") {
      related = true;
      continue;
    }
    if (!related || (v !== "keep" && v !== "related")) continue;
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (next && verdicts[i + 1] === "keep" && !isSentenceLike(b.text) && isSummary(next)) {
      verdicts[i] = "teaser";
      verdicts[i + 1] = "teaser";
      teasers.push({ title: b.text, text: next.text });
      i++;
    } else if (v === "related" || isSummary(b) || isHeading(b) || !isSentenceLike(b.text)) {
      verdicts[i] = "related";
    } else related = false;
  }
}

/**
 * Our filters over the blocks readability kept: chrome patterns, link-only paragraphs,
 * stray fragments, the heading that repeats the title, and headings left with no text
 * under them ("Key events" over a removed list of links).
 */
export function filterBlocks(
  blocks: readonly HtmlBlock[],
  title: string | null,
  boilerplate: Boilerplate[],
  teasers: Teaser[],
): string[] {
  const titleKey = title ? norm(title) : null;
  let start = 0;
  while (start < blocks.length && titleKey !== null) {
    const b = blocks[start]!;
    if (!repeatsTitle(norm(b.text), titleKey, isHeading(b))) break;
    start++;
  }
  const verdicts: Verdict[] = blocks.map((b, i) => (i < start ? "title" : verdict(b)));
  markRelatedSections(blocks, verdicts, teasers);
  for (let i = verdicts.length - 1; i >= start; i--) {
    if (verdicts[i] !== "keep" || !isHeading(blocks[i]!)) continue;
    const next = verdicts[i + 1];
    if (next === undefined || (next !== "keep" && next !== "title")) {
      verdicts[i] = next ?? "navigation";
    } else if (
      isHeading(blocks[i + 1]!) &&
      HEADING.test(blocks[i + 1]!.tag) &&
      verdicts[i + 2] === undefined
    ) {
      verdicts[i] = "navigation";
    }
  }
  const out: string[] = [];
  blocks.forEach((b, i) => {
    const v = verdicts[i]!;
    if (v === "keep") out.push(b.text);
    else if (v !== "title") boilerplate.push({ kind: v === "related-header" ? "related" : v, text: b.text });
  });
  return out;
}
