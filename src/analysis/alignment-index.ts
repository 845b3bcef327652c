import { curatedStates } from "../knowledge/memberships.js";
import type { Store } from "../store/store.js";
import { loadAlignmentWeights, type AlignmentWeights } from "./alignment-weights.js";
import { computeEvidence, computeIndex } from "./compute-index.js";
import { evidenceFingerprint } from "./evidence-fingerprint.js";
import { noEvidence, withStructural, type IndexEvidence, type StoredEvidence } from "./index-evidence.js";
import type { IndexComponent, IndexRow } from "./index-row.js";
import { indexRowJson } from "./index-row-json.js";
import {
  summariseComponents,
  summariseRow,
  type IndexComponentSummary,
  type IndexSummaryRow,
} from "./index-summary.js";
import { addMonths, monthRange, monthsBetween } from "./month.js";
import { structuralPart, type StructuralPart } from "./structural.js";

export type { IndexComponent, IndexEventRef, IndexRow } from "./index-row.js";
export type { IndexSummaryRow } from "./index-summary.js";

export interface IndexQuery {
  /** YYYY-MM, inclusive. */
  readonly from: string;
  readonly to: string;
  /** One state's code; else every curated state (data/knowledge/states.yaml). */
  readonly country?: string;
}

/**
 * The alignment index (src/analysis/README.md) of each country and month in the range, country by
 * country, months in order. Read from the store's materialised index (table alignment_index, kept
 * in step with the rollup by every write) and combined with the structural part: the cost grows
 * with countries x months, and no row is computed. Rows whose window a bulk insert changed and has
 * not yet recomputed are computed from the rollup, and so is everything when the stored rows were
 * computed with other weights (until `curtain index --rebuild`): the answer is always
 * `computedIndex`'s, exactly.
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
  return readIndex(store, q, weights, "components", {
    stored: (e, structural) =>
      withStructural(
        { ...e, components: JSON.parse(e.componentsJson) as IndexComponent[] },
        structural,
        weights,
      ),
    computed: (row) => row,
  });
}

/** The rows of `alignmentIndex`, each as its JSON text (what the API sends), in the same order. */
export async function alignmentIndexJson(
  store: Store,
  q: IndexQuery,
  weights: AlignmentWeights = loadAlignmentWeights(),
): Promise<readonly IndexRowJson[]> {
  return readIndex(store, q, weights, "components", {
    stored: (e, structural) => ({
      country: e.country,
      month: e.month,
      json: indexRowJson(e, structural, weights),
    }),
    computed: (row) => ({ country: row.country, month: row.month, json: JSON.stringify(row) }),
  });
}

/** The rows of `alignmentIndex` with their components summarised (a long series), in the same order. */
export async function alignmentSeries(
  store: Store,
  q: IndexQuery,
  weights: AlignmentWeights = loadAlignmentWeights(),
): Promise<readonly IndexSummaryRow[]> {
  return readIndex(store, q, weights, "summary", {
    stored: (e, structural) => {
      const { components, ...row } = withStructural({ ...e, components: [] }, structural, weights);
      return {
        ...row,
        components: [
          ...(JSON.parse(e.componentsJson) as IndexComponentSummary[]),
          ...summariseComponents(components),
        ],
      };
    },
    computed: summariseRow,
  });
}

/** A row of the index as JSON text: exactly `JSON.stringify` of alignmentIndex's row. */
export interface IndexRowJson {
  readonly country: string;
  readonly month: string;
  readonly json: string;
}

/**
 * Each country and month of a query from its stored row, else from evidence computed now (stale
 * rows, rows of other weights, or no row: a window without events), in one shape.
 */
async function readIndex<T>(
  store: Store,
  q: IndexQuery,
  weights: AlignmentWeights,
  part: "components" | "summary",
  as: {
    stored(e: StoredEvidence, structural: StructuralPart): T;
    computed(row: IndexRow): T;
  },
): Promise<T[]> {
  const countries = q.country !== undefined ? [q.country] : indexCountries();
  const months = monthRange(q.from, q.to);
  const span = weights.window.months;
  const structural = structuralCache(weights);
  const stored = await store.materialisedIndex({
    from: q.from,
    to: q.to,
    staleFrom: addMonths(q.from, 1 - span),
    part,
    ...(q.country !== undefined ? { country: q.country } : {}),
  });
  if (stored.fingerprint !== evidenceFingerprint(weights))
    return (await computedIndex(store, q, weights)).map(as.computed);
  const rows = new Map<string, StoredEvidence>();
  for (const e of stored.rows) rows.set(`${e.country} ${e.month}`, e);
  // Rows out of date: a month t marked stale changes the rows of t .. t + span - 1.
  const asked = new Set(countries);
  const outdated = new Map<string, Set<string>>();
  for (const { country, month } of stored.stale) {
    if (!asked.has(country)) continue;
    let set = outdated.get(country);
    if (!set) outdated.set(country, (set = new Set()));
    for (const m of months) if (monthsBetween(month, m) >= 0 && monthsBetween(month, m) < span) set.add(m);
  }
  const computed = new Map<string, IndexEvidence>();
  if (outdated.size > 0) {
    const cells = await store.alignmentRollup({
      from: addMonths(q.from, 1 - span),
      to: q.to,
      ...(q.country !== undefined ? { country: q.country } : {}),
    });
    for (const [country, set] of outdated)
      for (const e of computeEvidence(cells, [country], [...set], weights))
        computed.set(`${e.country} ${e.month}`, e);
  }
  const out: T[] = [];
  for (const country of countries)
    for (const month of months) {
      const key = `${country} ${month}`;
      const fresh = computed.get(key);
      const row = fresh ? undefined : rows.get(key);
      out.push(
        row
          ? as.stored(row, structural(country, month))
          : as.computed(
              withStructural(
                fresh ?? noEvidence(country, month, weights),
                structural(country, month),
                weights,
              ),
            ),
      );
    }
  return out;
}

/**
 * The same index computed from the rollup cells, reading no stored row: what the materialised
 * index must equal (tests compare them) and what answers when the stored rows are of other weights.
 */
export async function computedIndex(
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
