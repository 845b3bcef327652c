// The page: one view state (in the URL), rendered into the map, the panel, the table, the
// comparison and the article dialog. Every control is a native button, select or input, so the
// keyboard reaches all of them.
import "./style.css";
import capitalsData from "../data/capitals.json" with { type: "json" };
import { api, type ApiEvent, type EventQuery, type IndexRow } from "./api.js";
import { renderCompare } from "./compare-view.js";
import { renderCountryPanel } from "./country-panel.js";
import { byId, h, typeLabel } from "./dom.js";
import { downloadPng, downloadSvg, downloadUrl } from "./downloads.js";
import { renderEventsTable } from "./events-table.js";
import { renderLegend } from "./legend.js";
import { createMapView, type MapView } from "./map-view.js";
import { monthEnd, monthLabel, monthsBetween } from "./months.js";
import { showArticle } from "./article-view.js";
import { readView, writeView, type Tab, type ViewState } from "./view-state.js";

const capitals = capitalsData.points as unknown as Record<string, readonly [number, number]>;
let view: ViewState = readView(location.search);
let months: string[] = [];
let map: MapView;
const indexCache = new Map<string, Promise<Map<string, IndexRow>>>();
const status = byId<HTMLParagraphElement>("status");
const slider = byId<HTMLInputElement>("month");
const dialog = byId<HTMLDialogElement>("article");
let playing: ReturnType<typeof setInterval> | null = null;
let renderToken = 0;

function setView(patch: Partial<ViewState>, push = true): void {
  view = { ...view, ...patch };
  const url = `${location.pathname}${writeView(view)}`;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
  void render();
}

function indexFor(month: string): Promise<Map<string, IndexRow>> {
  let rows = indexCache.get(month);
  if (!rows) {
    rows = api.index(month).then((list) => new Map(list.map((r) => [r.country, r])));
    indexCache.set(month, rows);
  }
  return rows;
}

function windowQuery(): EventQuery {
  const month = view.month ?? months[months.length - 1] ?? "";
  return {
    from: view.from ? `${view.from}-01` : `${month}-01`,
    to: view.to ? monthEnd(view.to) : monthEnd(month),
    type: view.type ?? undefined,
    actor: view.actor ?? undefined,
    q: view.q ?? undefined,
    limit: 500,
  };
}

async function openEventById(id: string): Promise<void> {
  const e = await api.event(id);
  setView({ doc: e.documentId, event: e.id });
}

function openReport(e: ApiEvent): void {
  setView({ doc: e.documentId, event: e.id });
}

function showTab(tab: Tab): void {
  for (const t of ["map", "table", "compare"] as const) {
    byId(`view-${t}`).hidden = t !== tab;
    const button = byId<HTMLButtonElement>(`tab-${t}`);
    button.setAttribute("aria-selected", String(t === tab));
    button.tabIndex = t === tab ? 0 : -1;
  }
}

function searchResults(events: readonly ApiEvent[]): HTMLElement {
  const list = h("ul", { class: "results" });
  for (const e of events) {
    const b = h(
      "button",
      { type: "button", class: "link" },
      `${e.date ?? "undated"} ${typeLabel(e.type)} ${e.actor} → ${e.target}`,
    );
    b.addEventListener("click", () => openReport(e));
    list.append(h("li", {}, b, h("q", {}, e.evidence.text)));
  }
  const clear = h("button", { type: "button" }, "Clear the search");
  clear.addEventListener("click", () => setView({ q: null }));
  return h(
    "section",
    { class: "search-results" },
    h("h2", {}, `Search “${view.q ?? ""}”: ${events.length} events`),
    clear,
    events.length > 0 ? list : h("p", {}, "Nothing found."),
  );
}

async function render(): Promise<void> {
  const token = ++renderToken;
  const month = view.month ?? months[months.length - 1] ?? null;
  showTab(view.tab);
  byId<HTMLOutputElement>("month-label").textContent = month ? monthLabel(month) : "no data yet";
  if (month) slider.value = String(Math.max(0, months.indexOf(month)));
  byId<HTMLSelectElement>("filter-type").value = view.type ?? "";
  byId<HTMLInputElement>("filter-actor").value = view.actor ?? "";
  byId<HTMLInputElement>("filter-from").value = view.from ?? "";
  byId<HTMLInputElement>("filter-to").value = view.to ?? "";
  byId<HTMLInputElement>("search-q").value = view.q ?? "";
  try {
    status.textContent = "Loading…";
    const rows = month ? await indexFor(month) : new Map<string, IndexRow>();
    if (token !== renderToken) return;
    map.render(rows, view.country);
    const { events } = month ? await api.events(windowQuery()) : { events: [] };
    if (token !== renderToken) return;
    map.arcs(events.filter((e) => e.actor !== e.target));
    const panel = byId("panel");
    if (view.q) {
      const found = await api.events({ q: view.q, limit: 100 });
      panel.replaceChildren(searchResults(found.events));
    } else if (view.country && month) {
      const detail = await api.country(view.country, month);
      if (token !== renderToken) return;
      renderCountryPanel(panel, detail, rows.get(view.country), month, {
        openEvent: (id) => void openEventById(id),
        openReport,
        close: () => setView({ country: null }),
      });
    } else {
      panel.replaceChildren(
        h("h2", {}, "Europe's dividing line, from the news"),
        h(
          "p",
          {},
          "Each state is coloured by how it leans between West (blue) and East (orange) this month, from the events the news reports and its memberships. Choose a state to see why, and the sentences behind it.",
        ),
        h(
          "p",
          {},
          `${events.length} events this month${view.type ? ` of type ${typeLabel(view.type)}` : ""}.`,
        ),
      );
    }
    if (view.tab === "table") {
      renderEventsTable(byId("view-table"), events, view.sort, (sort) => setView({ sort }), openReport);
    }
    if (view.tab === "compare") {
      const pair = view.compare ?? (["SRB", "HUN"] as const);
      await renderCompare(byId("view-compare"), map.names, pair, month, (p) => setView({ compare: p }));
    }
    if (view.doc) {
      await showArticle(
        dialog,
        view.doc,
        view.event,
        (doc, event) => setView({ doc, event }),
        () => {
          if (view.doc) setView({ doc: null, event: null });
        },
      );
    } else if (dialog.open) dialog.close();
    status.textContent = "";
  } catch (err) {
    status.textContent = `Could not load this view: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function step(): void {
  const i = months.indexOf(view.month ?? months[months.length - 1] ?? "");
  if (i < 0 || i >= months.length - 1) {
    stop();
    return;
  }
  setView({ month: months[i + 1] ?? null }, false);
}

function stop(): void {
  if (playing) clearInterval(playing);
  playing = null;
  const play = byId<HTMLButtonElement>("play");
  play.textContent = "Play";
  play.setAttribute("aria-pressed", "false");
}

function wireControls(types: readonly string[]): void {
  const typeSelect = byId<HTMLSelectElement>("filter-type");
  for (const t of types) typeSelect.append(h("option", { value: t }, typeLabel(t)));
  typeSelect.addEventListener("change", () => setView({ type: typeSelect.value || null }));
  const actor = byId<HTMLInputElement>("filter-actor");
  actor.addEventListener("change", () => setView({ actor: actor.value.trim().toUpperCase() || null }));
  for (const id of ["from", "to"] as const) {
    const input = byId<HTMLInputElement>(`filter-${id}`);
    input.addEventListener("change", () => setView({ [id]: input.value || null }));
  }
  slider.max = String(Math.max(0, months.length - 1));
  slider.addEventListener("input", () => setView({ month: months[Number(slider.value)] ?? null }, false));
  byId<HTMLButtonElement>("play").addEventListener("click", (e) => {
    const button = e.currentTarget as HTMLButtonElement;
    if (playing) return stop();
    if ((view.month ?? months[months.length - 1]) === months[months.length - 1])
      setView({ month: months[0] ?? null }, false);
    button.textContent = "Pause";
    button.setAttribute("aria-pressed", "true");
    playing = setInterval(step, 800);
  });
  byId<HTMLFormElement>("search").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = byId<HTMLInputElement>("search-q").value.trim();
    setView({ q: q || null });
  });
  const tabs = ["map", "table", "compare"] as const;
  for (const t of tabs) {
    const button = byId<HTMLButtonElement>(`tab-${t}`);
    button.addEventListener("click", () => setView({ tab: t }));
    button.addEventListener("keydown", (e) => {
      const i = tabs.indexOf(t);
      const next =
        e.key === "ArrowRight" ? tabs[(i + 1) % 3] : e.key === "ArrowLeft" ? tabs[(i + 2) % 3] : null;
      if (next) {
        setView({ tab: next });
        byId(`tab-${next}`).focus();
      }
    });
  }
  const svg = byId("map") as unknown as SVGSVGElement;
  const name = () => `curtain-${view.month ?? "map"}`;
  byId("dl-svg").addEventListener("click", () => downloadSvg(svg, `${name()}.svg`));
  byId("dl-png").addEventListener("click", () => void downloadPng(svg, `${name()}.png`));
  byId("dl-events").addEventListener("click", () => downloadUrl(api.eventsCsvUrl(windowQuery())));
  byId("dl-index").addEventListener("click", () => {
    const month = view.month ?? months[months.length - 1] ?? "";
    downloadUrl(
      api.indexCsvUrl(view.from ?? months[0] ?? month, view.to ?? month, view.country ?? undefined),
    );
  });
  byId("share").addEventListener("click", () => {
    void navigator.clipboard?.writeText(location.href).then(
      () => (status.textContent = "Link copied."),
      () => (status.textContent = location.href),
    );
  });
  window.addEventListener("popstate", () => {
    view = readView(location.search);
    void render();
  });
}

async function start(): Promise<void> {
  const timeline = await api.timeline();
  months = timeline.first && timeline.last ? monthsBetween(timeline.first, timeline.last) : [];
  map = await createMapView(byId("map") as unknown as SVGSVGElement, capitals, (code) =>
    setView({ country: view.country === code ? null : code }),
  );
  renderLegend(byId("legend"));
  wireControls(timeline.types);
  await render();
  document.body.dataset.ready = "true";
}

start().catch((err: unknown) => {
  status.textContent = `Curtain could not start: ${err instanceof Error ? err.message : String(err)}`;
});
