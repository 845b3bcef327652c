import { countryPoint } from "./country-points.js";
import type { StoredEvent } from "./store.js";

/** What comes before the first feature of the FeatureCollection. */
export const GEOJSON_HEAD = '{"type":"FeatureCollection","features":[';
/** What comes after the last. */
export const GEOJSON_TAIL = "]}";

/**
 * One event as a GeoJSON Feature (without separator): a point at its location's country, else its
 * target's (the country's centroid), or a null geometry when neither is a state on the map.
 * The properties are the event's fields, as `--format json` writes them.
 */
export function eventGeoJsonFeature(e: StoredEvent): string {
  const point = (e.location && countryPoint(e.location.country)) ?? countryPoint(e.target);
  return JSON.stringify({
    type: "Feature",
    id: e.id,
    geometry: point ? { type: "Point", coordinates: point } : null,
    properties: e,
  });
}
