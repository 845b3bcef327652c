/**
 * What the API needs of the alignment index (src/analysis/alignment-index.ts): rows per country
 * and month with their components. Kept as its own type so that the routes can be tested with
 * the real index and benchmarked against it without HTTP.
 */
export interface IndexRowLike {
  readonly country: string;
  readonly month: string;
  readonly value: number;
  readonly coverage: number;
  readonly china: number;
  readonly components: readonly {
    readonly name: string;
    readonly pole: "EAST" | "WEST" | "CHN" | null;
    readonly value: number;
    readonly events: readonly { readonly id: string; readonly type: string; readonly weight: number }[];
  }[];
}

export type IndexSource = (q: {
  readonly from: string;
  readonly to: string;
  readonly country?: string;
}) => Promise<readonly IndexRowLike[]>;
