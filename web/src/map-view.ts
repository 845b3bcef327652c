// The choropleth: Natural Earth shapes in a conic projection fitted to the region, each state of
// the region coloured by its index for the month, hatched where the evidence is thin, and arcs
// between capitals for the dyadic events of the month.
import { geoConicConformal, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { ApiEvent, IndexRow } from "./api.js";
import { indexColour, NO_DATA, OTHER_TYPE_COLOUR, THIN_COVERAGE, TYPE_COLOURS } from "./colour-scale.js";
import { EXTENT, REGION } from "./region.js";

const SVG = "http://www.w3.org/2000/svg";
type Shape = Feature<Geometry, { name: string; mapped: boolean }>;

export interface MapView {
  render(rows: ReadonlyMap<string, IndexRow>, selected: string | null): void;
  arcs(events: readonly ApiEvent[]): void;
  names: ReadonlyMap<string, string>;
}

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function hatchPattern(): SVGDefsElement {
  const defs = el("defs");
  const pattern = el("pattern", {
    id: "thin",
    width: "6",
    height: "6",
    patternUnits: "userSpaceOnUse",
    patternTransform: "rotate(45)",
  });
  pattern.append(el("line", { x1: "0", y1: "0", x2: "0", y2: "6", stroke: "#555", "stroke-width": "1.2" }));
  defs.append(pattern);
  return defs;
}

function edgePoints(): [number, number][] {
  const [[w, south], [e, north]] = EXTENT;
  const points: [number, number][] = [];
  for (let i = 0; i <= 10; i++) {
    const lon = w + ((e - w) * i) / 10;
    points.push([lon, south], [lon, north]);
  }
  return points;
}

export async function createMapView(
  svg: SVGSVGElement,
  capitals: Readonly<Record<string, readonly [number, number]>>,
  onSelect: (code: string) => void,
): Promise<MapView> {
  const topo = (await (await fetch("./assets/countries.topo.json")).json()) as Topology<{
    countries: GeometryCollection<{ name: string; mapped: boolean }>;
  }>;
  const shapes = (
    feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string; mapped: boolean }>
  ).features as Shape[];
  const width = 960;
  const height = 720;
  const projection: GeoProjection = geoConicConformal()
    .parallels([40, 62])
    .rotate([-30, 0])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      // Points along the extent's edges (a polygon would be read with its spherical winding).
      { type: "MultiPoint", coordinates: edgePoints() },
    );
  const path = geoPath(projection);
  svg.replaceChildren(
    hatchPattern(),
    el("rect", { width: String(width), height: String(height), fill: "#eef3f7" }),
  );
  const land = el("g", { class: "countries" });
  const hatch = el("g", { class: "hatching", "pointer-events": "none" });
  const arcLayer = el("g", { class: "arcs", "pointer-events": "none" });
  svg.append(land, hatch, arcLayer);

  const names = new Map<string, string>();
  const paths = new Map<string, SVGPathElement[]>();
  for (const s of shapes) {
    const d = path(s);
    if (!d) continue;
    const code = String(s.id);
    const inRegion = REGION.has(code);
    const p = el("path", { d, class: inRegion ? "country" : "context", "data-code": code });
    if (inRegion) {
      names.set(code, s.properties.name);
      p.setAttribute("tabindex", "0");
      p.setAttribute("role", "button");
      p.addEventListener("click", () => onSelect(code));
      p.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onSelect(code);
        }
      });
      const title = el("title");
      p.append(title);
    }
    land.append(p);
    paths.set(code, [...(paths.get(code) ?? []), p]);
  }

  return {
    names,
    render(rows, selected) {
      hatch.replaceChildren();
      for (const [code, list] of paths) {
        if (!REGION.has(code)) continue;
        const row = rows.get(code);
        const name = names.get(code) ?? code;
        for (const p of list) {
          p.setAttribute("fill", row ? indexColour(row.value) : NO_DATA);
          p.classList.toggle("selected", code === selected);
          p.setAttribute("aria-pressed", String(code === selected));
          const label = row
            ? `${name}: index ${row.value.toFixed(2)} (${row.value < -0.05 ? "leans West" : row.value > 0.05 ? "leans East" : "balanced"}), evidence coverage ${Math.round(row.coverage * 100)}%`
            : `${name}: no events this month`;
          p.setAttribute("aria-label", label);
          const title = p.querySelector("title");
          if (title) title.textContent = label;
          if (row && (row.thin ?? row.coverage < THIN_COVERAGE)) {
            hatch.append(el("path", { d: p.getAttribute("d") ?? "", fill: "url(#thin)", class: "thin" }));
          }
        }
      }
    },
    arcs(events) {
      arcLayer.replaceChildren();
      for (const e of events) {
        const a = capitals[e.actor];
        const b = capitals[e.target];
        if (!a || !b || e.actor === e.target) continue;
        const p0 = projection([a[0], a[1]]);
        const p1 = projection([b[0], b[1]]);
        if (!p0 || !p1) continue;
        const [mx, my] = [(p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2];
        const [dx, dy] = [p1[0] - p0[0], p1[1] - p0[1]];
        const bend = 0.25;
        const c = [mx - dy * bend, my + dx * bend];
        const colour = TYPE_COLOURS[e.type] ?? OTHER_TYPE_COLOUR;
        const arc = el("path", {
          d: `M${p0[0]},${p0[1]} Q${c[0]},${c[1]} ${p1[0]},${p1[1]}`,
          stroke: colour,
          class: `arc arc-${e.type.toLowerCase()}`,
          "data-type": e.type,
          "stroke-dasharray": e.modality === "asserted" ? "" : "4 3",
        });
        arcLayer.append(arc, el("circle", { cx: String(p1[0]), cy: String(p1[1]), r: "2.5", fill: colour }));
      }
    },
  };
}
