// A small chart of a country's index over time, with the chosen month marked.
import type { IndexRow } from "./api.js";
import { indexColour } from "./colour-scale.js";

const SVG = "http://www.w3.org/2000/svg";

export function sparkline(series: readonly IndexRow[], month: string | null, label: string): SVGSVGElement {
  const w = 280;
  const h = 64;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("class", "sparkline");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const mid = document.createElementNS(SVG, "line");
  Object.entries({ x1: "0", x2: String(w), y1: String(h / 2), y2: String(h / 2), class: "axis" }).forEach(
    ([k, v]) => mid.setAttribute(k, v),
  );
  svg.append(mid);
  const n = series.length;
  if (n === 0) return svg;
  const x = (i: number) => (n === 1 ? w / 2 : (i / (n - 1)) * (w - 8) + 4);
  const y = (v: number) => h / 2 - v * (h / 2 - 4);
  const line = document.createElementNS(SVG, "polyline");
  line.setAttribute("points", series.map((r, i) => `${x(i).toFixed(1)},${y(r.value).toFixed(1)}`).join(" "));
  line.setAttribute("class", "series");
  svg.append(line);
  series.forEach((r, i) => {
    const dot = document.createElementNS(SVG, "circle");
    dot.setAttribute("cx", x(i).toFixed(1));
    dot.setAttribute("cy", y(r.value).toFixed(1));
    dot.setAttribute("r", r.month === month ? "4" : "1.8");
    dot.setAttribute("fill", indexColour(r.value));
    dot.setAttribute("class", r.month === month ? "current" : "");
    const t = document.createElementNS(SVG, "title");
    t.textContent = `${r.month}: ${r.value.toFixed(2)}`;
    dot.append(t);
    svg.append(dot);
  });
  return svg;
}
