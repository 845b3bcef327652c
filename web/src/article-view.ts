// An article as stored, with the evidence sentence of one event highlighted and scrolled into
// view. The text is set as text nodes: markup in an article is shown, never run.
import { api, type ApiEvent, type StoredDocument } from "./api.js";
import { h, typeLabel } from "./dom.js";

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
  const parts: (Node | string)[] = [`Source: ${doc.source}`];
  if (doc.published) parts.push(` · published ${doc.published}`);
  if (doc.licence) parts.push(` · licence: ${doc.licence}`);
  if (doc.written) parts.push(" · written for the project (not a real article)");
  return h("p", { class: "article-source" }, ...parts);
}

function reports(
  event: ApiEvent | undefined,
  onOpen: (doc: string, event: string) => void,
): HTMLElement | null {
  const others = (event?.reports ?? []).filter((r) => r.documentId !== event?.documentId);
  if (!event || others.length === 0) return null;
  const list = h("ul", { class: "reports" });
  for (const r of others) {
    const b = h("button", { type: "button", class: "link" }, r.source);
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
  const title = doc.document.title ?? doc.document.source;
  dialog.replaceChildren(
    h("header", {}, h("h2", { id: "article-title" }, title), close),
    sourceLine(doc.document),
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
