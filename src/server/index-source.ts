import type { IndexRowJson } from "../analysis/alignment-index.js";
import type { IndexRow } from "../analysis/index-row.js";
import type { IndexSummaryRow } from "../analysis/index-summary.js";

/** A query of the index: months `from`..`to`, one state or every curated state. */
export interface IndexSourceQuery {
  readonly from: string;
  readonly to: string;
  readonly country?: string;
}

/**
 * What the API needs of the alignment index (src/analysis/alignment-index.ts), country by country,
 * months in order: rows with their components (CSV), the same rows as JSON text (JSON answers), and
 * rows with their components summarised (a country's series). A parameter of the app, so that tests
 * can slow it down or count its calls.
 */
export interface IndexSource {
  rows(q: IndexSourceQuery): Promise<readonly IndexRow[]>;
  json(q: IndexSourceQuery): Promise<readonly IndexRowJson[]>;
  series(q: IndexSourceQuery): Promise<readonly IndexSummaryRow[]>;
}
