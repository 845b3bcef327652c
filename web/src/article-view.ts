// An article as stored, with the evidence sentence of one event highlighted and scrolled into
// view. The text is set as text nodes: markup in an article is shown, never run.
import { api, type ApiEvent, type StoredDocument } from "./api.js";
import { h, typeLabel } from "./dom.js";
import { sourceLabel } from "./source-label.js";

function paragraphs(text: string, highlight: { start: number; end: number } | null): HTMLElement {
  const body = h("div", { class: "article-text" });
  let offset = 0;
  for (const para of text.split(/\n\n/)) {
    const start = offset;
    const end = start + para.length;
    offset = end + 2;
    const p = h("p");
    if (highlight && highlight.start < end && highlight.end > start) {
      const a = Math.max(highlight.start, start) - start;
      const b = Math.min(highlight.end, end) - start;
      p.append(
        para.slice(0, a),
        h("mark", { class: "evidence", tabindex: "-1" }, para.slice(a, b)),
        para.slice(b),
      );
    } else p.append(para);
    body.append(p);
  }
  return body;
}

function sourceLine(doc: StoredDocument["document"]): HTMLElement {
  const parts: (Node | string)[] = [`Source: ${sourceLabel(doc.source)}`];
  if (doc.published) parts.push(` · published ${doc.published}`);
  return h("p", { class: "article-source" }, ...parts);
}

/** Its address as a link when it is a web address; anything else (a note) as text. */
function originNode(origin: string): Node | string {
  try {
    const url = new URL(origin);
    if (url.protocol === "http:" || url.protocol === "https:")
      return h("a", { href: url.href, rel: "noopener noreferrer", target: "_blank" }, origin);
  } catch {
    // Not an address: a note on where it came from.
  }
  return origin;
}

/**
 * Where the article came from and on what terms it is shown, as its folder's sources.json says
 * (every value set as text); an article written for the project says so first. Null when nothing
 * is known of it.
 */
function provenanceLines(doc: StoredDocument["document"]): HTMLElement | null {
  const lines: HTMLElement[] = [];
  if (doc.written)
    lines.push(
      h(
        "p",
        { class: "written-marker" },
        "Written for the project: not a real article, and no outlet published it.",
      ),
    );
  const facts: (Node | string)[] = [];
  if (doc.outlet && !doc.written) facts.push(`Published by ${doc.outlet}`);
  if (doc.licence) facts.push(`${facts.length ? " · " : ""}Licence: ${doc.licence}`);
  if (facts.length) lines.push(h("p", { class: "article-licence" }, ...facts));
  if (doc.origin) lines.push(h("p", { class: "article-origin" }, "Origin: ", originNode(doc.origin)));
  if (doc.attribution) lines.push(h("p", { class: "article-attribution" }, `Credit: ${doc.attribution}`));
  return lines.length ? h("div", { class: "article-provenance" }, ...lines) : null;
}

function reports(
  event: ApiEvent | undefined,
  onOpen: (doc: string, event: string) => void,
): HTMLElement | null {
  const others = (event?.reports ?? []).filter((r) => r.documentId !== event?.documentId);
  if (!event || others.length === 0) return null;
  const list = h("ul", { class: "reports" });
  for (const r of others) {
    const b = h("button", { type: "button", class: "link" }, sourceLabel(r.source));
    b.addEventListener("click", () => onOpen(r.documentId, event.id));
    list.append(h("li", {}, b, h("q", {}, r.evidence.text)));
  }
  return h(
    "section",
    {},
    h("h3", {}, `Also reported by ${event.numSources ?? others.length + 1} sources in all`),
    list,
  );
}

export async function showArticle(
  dialog: HTMLDialogElement,
  docId: string,
  eventId: string | null,
  onOpen: (doc: string, event: string) => void,
  onClose: () => void,
): Promise<void> {
  const doc = await api.document(docId);
  const event = doc.events.find((e) => e.id === eventId);
  const close = h("button", { type: "button", class: "close", "aria-label": "Close the article" }, "×");
  close.addEventListener("click", () => dialog.close());
  const title = doc.document.title ?? sourceLabel(doc.document.source);
  dialog.replaceChildren(
    h("header", {}, h("h2", { id: "article-title" }, title), close),
    sourceLine(doc.document),
    provenanceLines(doc.document) ?? "",
    event
      ? h(
          "p",
          { class: "article-event" },
          `Highlighted: ${typeLabel(event.type)}, ${event.actor} → ${event.target}, ${event.modality}${event.date ? `, ${event.date}` : ""}`,
        )
      : "",
    paragraphs(doc.mainText, event ? event.evidence : null),
    reports(event, onOpen) ?? "",
  );
  dialog.onclose = onClose;
  if (!dialog.open) dialog.showModal();
  const mark = dialog.querySelector<HTMLElement>("mark.evidence");
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  } else close.focus();
}
