// A sortable, filterable table of the events of the current view; each row opens its article
// with the evidence sentence highlighted.
import type { ApiEvent } from "./api.js";
import { h, typeLabel } from "./dom.js";

type Column = { key: string; label: string; value: (e: ApiEvent) => string | number };
const COLUMNS: readonly Column[] = [
  { key: "date", label: "Date", value: (e) => e.date ?? "" },
  { key: "type", label: "Type", value: (e) => e.type },
  { key: "actor", label: "Actor", value: (e) => e.actor },
  { key: "target", label: "Target", value: (e) => e.target },
  { key: "modality", label: "Modality", value: (e) => e.modality },
  { key: "sources", label: "Sources", value: (e) => e.numSources ?? 1 },
  { key: "evidence", label: "Evidence", value: (e) => e.evidence.text },
];

export function renderEventsTable(
  host: HTMLElement,
  events: readonly ApiEvent[],
  sort: string | null,
  onSort: (sort: string) => void,
  onOpen: (e: ApiEvent) => void,
): void {
  const desc = sort?.startsWith("-") ?? false;
  const key = sort?.replace(/^-/, "") ?? "date";
  const col = COLUMNS.find((c) => c.key === key) ?? COLUMNS[0];
  const filter = h("input", { type: "search", id: "table-filter", placeholder: "Filter rows" });
  const caption = h("caption", {}, `${events.length} events in this view`);
  const table = h("table", { class: "events" }, caption);
  const head = h("tr");
  for (const c of COLUMNS) {
    const active = c.key === col?.key;
    const button = h(
      "button",
      { type: "button", class: "sort" },
      c.label,
      active ? (desc ? " ▼" : " ▲") : "",
    );
    button.addEventListener("click", () => onSort(active && !desc ? `-${c.key}` : c.key));
    head.append(
      h("th", { scope: "col", "aria-sort": active ? (desc ? "descending" : "ascending") : "none" }, button),
    );
  }
  head.append(h("th", { scope: "col" }, "Article"));
  table.append(h("thead", {}, head));
  const body = h("tbody");
  const sorted = [...events].sort((a, b) => {
    const x = col?.value(a) ?? "";
    const y = col?.value(b) ?? "";
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return desc ? -c : c;
  });
  for (const e of sorted) {
    const open = h("button", { type: "button", class: "link" }, "open");
    open.addEventListener("click", () => onOpen(e));
    const row = h("tr", { "data-event": e.id });
    for (const c of COLUMNS) {
      const v = c.value(e);
      row.append(h("td", {}, c.key === "type" ? typeLabel(String(v)) : String(v)));
    }
    row.append(h("td", {}, open));
    body.append(row);
  }
  table.append(body);
  filter.addEventListener("input", () => {
    const q = filter.value.toLowerCase();
    for (const tr of Array.from(body.querySelectorAll("tr")))
      tr.hidden = q !== "" && !tr.textContent?.toLowerCase().includes(q);
  });
  host.replaceChildren(
    h("label", { class: "visually-hidden", for: "table-filter" }, "Filter rows"),
    filter,
    table,
  );
}
