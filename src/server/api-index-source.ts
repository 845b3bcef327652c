import { alignmentIndex, alignmentIndexJson, alignmentSeries } from "../analysis/alignment-index.js";
import type { Store } from "../store/store.js";
import type { IndexSource } from "./index-source.js";

/** The alignment index the API serves: src/analysis/alignment-index.ts over the store. */
export function apiIndexSource(store: Store): IndexSource {
  return {
    rows: (q) => alignmentIndex(store, q),
    json: (q) => alignmentIndexJson(store, q),
    series: (q) => alignmentSeries(store, q),
  };
}
