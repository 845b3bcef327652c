// The panel of one country: memberships at the month, its index over time, why it has this
// colour (the components and the events behind them) and its recent events.
import type { ApiEvent, CountryDetail, IndexComponent, IndexRow } from "./api.js";
import { h, fmt, typeLabel } from "./dom.js";
import { sparkline } from "./sparkline.js";

export interface PanelActions {
  openEvent(eventId: string): void;
  openReport(e: ApiEvent): void;
  close(): void;
}

function componentList(components: readonly IndexComponent[], actions: PanelActions): HTMLElement {
  const list = h("ul", { class: "components" });
  for (const c of [...components].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))) {
    const events = h("ul", { class: "component-events" });
    for (const e of c.events.slice(0, 12)) {
      const b = h("button", { type: "button", class: "link" }, `${typeLabel(e.type)} (${fmt(e.weight)})`);
      b.addEventListener("click", () => actions.openEvent(e.id));
      events.append(h("li", {}, b));
    }
    if (c.events.length > 12) events.append(h("li", {}, `and ${c.events.length - 12} more`));
    list.append(
      h(
        "li",
        { class: c.value > 0 ? "east" : c.value < 0 ? "west" : "" },
        h("strong", {}, `${c.name.replace(/-/g, " ")}: ${fmt(c.value)}`),
        c.value > 0 ? " toward the East" : c.value < 0 ? " toward the West" : "",
        c.events.length > 0 ? events : "",
      ),
    );
  }
  return list;
}

export function renderCountryPanel(
  host: HTMLElement,
  detail: CountryDetail,
  row: IndexRow | undefined,
  month: string | null,
  actions: PanelActions,
): void {
  const close = h("button", { type: "button", class: "close", "aria-label": "Close the country panel" }, "×");
  close.addEventListener("click", () => actions.close());
  const memberships = h("ul", { class: "memberships" });
  for (const m of detail.memberships) {
    memberships.append(
      h("li", {}, `${m.bloc}: ${m.status} since ${m.since}${m.until ? ` until ${m.until}` : ""}`),
    );
  }
  if (detail.memberships.length === 0)
    memberships.append(h("li", {}, "no memberships or candidacies at this date"));
  const recent = h("ul", { class: "recent" });
  for (const e of detail.events.slice(0, 10)) {
    const b = h(
      "button",
      { type: "button", class: "link" },
      `${e.date ?? "undated"} ${typeLabel(e.type)} ${e.actor} → ${e.target}`,
    );
    b.addEventListener("click", () => actions.openReport(e));
    recent.append(h("li", {}, b, h("q", {}, e.evidence.text)));
  }
  host.replaceChildren(
    h("header", {}, h("h2", { id: "panel-title" }, detail.name), close),
    row
      ? h(
          "p",
          { class: "index-now" },
          `${month ?? ""}: index ${fmt(row.value)} (−1 West … +1 East), evidence coverage ${Math.round(row.coverage * 100)}%`,
        )
      : h("p", { class: "index-now" }, `${month ?? ""}: no index value this month (no events in the window)`),
    h("h3", {}, "Memberships at this date"),
    memberships,
    h("h3", {}, "Index over time"),
    sparkline(detail.series, month, `index of ${detail.name} over time`),
    h("h3", {}, "Why this colour"),
    row && row.components.length > 0
      ? componentList(row.components, actions)
      : h("p", {}, "No components this month."),
    h("h3", {}, "Recent events"),
    recent,
  );
}
