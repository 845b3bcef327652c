import { createRequire } from "node:module";
import type { Countries } from "world-countries";

const countries = createRequire(import.meta.url)("world-countries/countries.json") as Countries;

/** Our codes that are not the package's cca3 (Kosovo is XKX for us, UNK there). */
const ALIASES: Readonly<Record<string, string>> = { XKX: "UNK" };

let points: Map<string, readonly [number, number]> | null = null;

/**
 * A representative point of a state, `[longitude, latitude]` as GeoJSON orders them: the country's
 * centroid from the world-countries package (it has no capital coordinates). Null for codes it does
 * not know (blocs, organisations).
 */
export function countryPoint(code: string): readonly [number, number] | null {
  if (!points) {
    points = new Map();
    for (const c of countries) points.set(c.cca3, [c.latlng[1], c.latlng[0]]);
  }
  return points.get(ALIASES[code] ?? code) ?? null;
}
