import type { Store } from "../store/store.js";
import type { IndexSource } from "./index-source.js";

/** The alignment index the API serves: src/analysis/alignment-index.ts over the store. */
export function apiIndexSource(_store: Store): IndexSource {
  return async () => [];
}
