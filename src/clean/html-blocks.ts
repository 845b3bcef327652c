/** A paragraph of an HTML article: its text, the share of it inside links, and its tag. */
export interface HtmlBlock {
  readonly text: string;
  readonly linkChars: number;
  readonly tag: string;
}

const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "ul",
  "summary",
]);
const SKIP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "button",
  "select",
  "textarea",
  "iframe",
]);
const SPACES = /\s+/g;

/**
 * The paragraphs of an element in reading order: every <p>, heading, list item, table cell
 * or block quote on its own, and loose inline text between blocks as a paragraph of its
 * own; two <br>s in a row also end a paragraph.
 */
export function htmlBlocks(root: Element): HtmlBlock[] {
  const out: HtmlBlock[] = [];
  let text = "";
  let linkChars = 0;
  let tag = "div";
  let brs = 0;

  const flush = (): void => {
    const t = text.replace(SPACES, " ").trim();
    if (t.length > 0) out.push({ text: t, linkChars: Math.min(linkChars, t.length), tag });
    text = "";
    linkChars = 0;
    brs = 0;
  };

  const walk = (node: Node, inLink: boolean, blockTag: string): void => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? "";
      if (v.trim().length > 0) brs = 0;
      if (text.length === 0) tag = blockTag;
      text += v;
      if (inLink) linkChars += v.replace(SPACES, " ").trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const name = el.tagName.toLowerCase();
    if (SKIP_TAGS.has(name)) return;
    if (name === "br") {
      brs++;
      if (brs >= 2) flush();
      else text += " ";
      return;
    }
    const block = BLOCK_TAGS.has(name);
    if (block) flush();
    const link = inLink || name === "a";
    for (const child of Array.from(el.childNodes)) walk(child, link, block ? name : blockTag);
    if (block) flush();
  };

  walk(root, false, root.tagName.toLowerCase());
  flush();
  return out;
}
