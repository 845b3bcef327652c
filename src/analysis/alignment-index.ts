import { curatedStates } from "../knowledge/memberships.js";
import type { Store } from "../store/store.js";
import { loadAlignmentWeights, type AlignmentWeights } from "./alignment-weights.js";
import { computeIndex } from "./compute-index.js";
import type { IndexRow } from "./index-row.js";
import { addMonths, monthRange } from "./month.js";
import { structuralPart, type StructuralPart } from "./structural.js";

export type { IndexComponent, IndexEventRef, IndexRow } from "./index-row.js";

export interface IndexQuery {
  /** YYYY-MM, inclusive. */
  readonly from: string;
  readonly to: string;
  /** One state's code; else every curated state (data/knowledge/states.yaml). */
  readonly country?: string;
}

/**
 * The alignment index (src/analysis/README.md) of each country and month in the range, read from
 * the store's alignment rollup: one range read covering the range and the window before it, so
 * the cost grows with countries x months, not with the number of events.
 *
 * @example
 *   const rows = await alignmentIndex(store, { from: "2019-01", to: "2019-12", country: "SRB" });
 *   rows[10].value; // -1 West .. +1 East, rows[10].components name the events behind it
 */
export async function alignmentIndex(
  store: Store,
  q: IndexQuery,
  weights: AlignmentWeights = loadAlignmentWeights(),
): Promise<readonly IndexRow[]> {
  const countries = q.country !== undefined ? [q.country] : indexCountries();
  const cells = await store.alignmentRollup({
    from: addMonths(q.from, -(weights.window.months - 1)),
    to: q.to,
    ...(q.country !== undefined ? { country: q.country } : {}),
  });
  return computeIndex(cells, countries, monthRange(q.from, q.to), weights, structuralCache(weights));
}

/** The codes the index describes when no country is asked for: every curated state. */
export function indexCountries(): string[] {
  return curatedStates().map((s) => s.code);
}

/** Structural parts are the same for every request: computed once per country and month. */
const structuralCaches = new WeakMap<AlignmentWeights, Map<string, StructuralPart>>();
function structuralCache(weights: AlignmentWeights): (country: string, month: string) => StructuralPart {
  let cache = structuralCaches.get(weights);
  if (!cache) structuralCaches.set(weights, (cache = new Map()));
  const map = cache;
  return (country, month) => {
    const key = `${country} ${month}`;
    let part = map.get(key);
    if (!part) map.set(key, (part = structuralPart(country, month, weights)));
    return part;
  };
}
