import type { IndexRow } from "../analysis/index-row.js";

/**
 * What the API needs of the alignment index (src/analysis/alignment-index.ts): rows per country
 * and month with their components. A parameter of the app, so that tests can slow it down or
 * count its calls.
 */
export type IndexSource = (q: {
  readonly from: string;
  readonly to: string;
  readonly country?: string;
}) => Promise<readonly IndexRow[]>;
