// The legend says what the colours mean: the index from West to East, states not scored, thin evidence, and
// the colours of the arcs.
import { indexColour, NO_DATA, THIN_COVERAGE, TYPE_COLOURS, OTHER_TYPE_COLOUR } from "./colour-scale.js";
import { h, typeLabel } from "./dom.js";

export function renderLegend(host: HTMLElement): void {
  const stops = Array.from({ length: 11 }, (_, i) => -1 + i * 0.2);
  const bar = h("div", {
    class: "legend-bar",
    role: "img",
    "aria-label": "colour scale from West (blue) to East (orange)",
  });
  for (const v of stops) bar.append(h("span", { style: `background:${indexColour(v)}` }));
  const arcs = h("ul", { class: "legend-arcs" });
  for (const [type, colour] of [...Object.entries(TYPE_COLOURS), ["OTHER", OTHER_TYPE_COLOUR] as const]) {
    arcs.append(
      h("li", {}, h("span", { class: "swatch line", style: `background:${colour}` }), typeLabel(type)),
    );
  }
  host.replaceChildren(
    h(
      "p",
      { class: "legend-title" },
      "Alignment index, this month: from the events of a trailing window and memberships",
    ),
    h("div", { class: "legend-scale" }, h("span", {}, "◀ West (−1)"), bar, h("span", {}, "East (+1) ▶")),
    h(
      "p",
      { class: "legend-keys" },
      h("span", { class: "swatch", style: `background:${NO_DATA}` }),
      " not scored (no index for this state) ",
      h("span", { class: "swatch hatched" }),
      ` hatched: evidence too thin to trust (coverage under ${Math.round(THIN_COVERAGE * 100)}%: less than ` +
        "about one strong event this month, or a few weaker ones in the months before; the colour then " +
        "rests mostly on memberships)",
    ),
    h(
      "p",
      { class: "legend-title" },
      "Arcs: this month's events between states (dashed: threatened or planned)",
    ),
    arcs,
  );
}
