#!/usr/bin/env node
// Writes the map's shapes for the page: Natural Earth countries (world-atlas, 50m) with each
// geometry's id turned from ISO numeric into the alpha-3 codes Curtain uses (Kosovo, which has no
// numeric code there, becomes XKX), and each country's English name. Run by `npm run build`.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const topology = JSON.parse(JSON.stringify(require("world-atlas/countries-50m.json")));
const countries = require("world-countries/countries.json");
const byNumeric = new Map(countries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
/** Shapes the numeric code does not name, found by their Natural Earth name. */
const BY_NAME = { Kosovo: "XKX", "N. Cyprus": "CYP" };

for (const g of topology.objects.countries.geometries) {
  const c = g.id === undefined ? undefined : byNumeric.get(g.id);
  const code = c?.cca3 ?? BY_NAME[g.properties.name] ?? null;
  g.id = code ?? `N${g.properties.name}`;
  g.properties = { name: c?.name.common ?? g.properties.name, mapped: code !== null };
}
// Under assets/, where the server serves the page's files (Vite copies .generated/ to the build).
const out = join(import.meta.dirname, "..", ".generated", "assets");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "countries.topo.json"), JSON.stringify(topology));
console.log(`shapes: ${topology.objects.countries.geometries.length} shapes -> ${out}/countries.topo.json`);
