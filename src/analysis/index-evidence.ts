import type { AlignmentWeights } from "./alignment-weights.js";
import type { IndexComponent, IndexRow } from "./index-row.js";
import type { StructuralPart } from "./structural.js";

/**
 * The events' half of an index row: everything `IndexRow` holds but the structural part, which
 * memberships give at any time. What the store materialises per country and month (table
 * alignment_index), so that a request reads rows instead of computing them from the rollup.
 */
export interface IndexEvidence {
  readonly country: string;
  readonly month: string;
  /** (E - W) / (E + W + prior), unrounded: `value` is computed from it. */
  readonly eventPart: number;
  /** Rounded as in IndexRow. */
  readonly coverage: number;
  readonly thin: boolean;
  /** Rounded as in IndexRow. */
  readonly china: number;
  /** The event components (cooperation-east ... coercion-of-chn), without `structural`. */
  readonly components: readonly IndexComponent[];
}

/** The evidence of a month whose window holds no event with a pole on the other side. */
export function noEvidence(country: string, month: string, weights: AlignmentWeights): IndexEvidence {
  return {
    country,
    month,
    eventPart: 0,
    coverage: 0,
    thin: 0 < weights.evidence.thinBelow,
    china: 0,
    components: [],
  };
}

/** Whether evidence is that of an empty window (such rows are not stored). */
export function isNoEvidence(e: IndexEvidence): boolean {
  return e.components.length === 0;
}

/** The full row: the evidence with the structural part of the same country and month. */
export function withStructural(
  e: IndexEvidence,
  structural: StructuralPart,
  weights: AlignmentWeights,
): IndexRow {
  const share = weights.evidence.share;
  const structuralShare = 1 - share;
  return {
    country: e.country,
    month: e.month,
    value: round(share * e.eventPart + structuralShare * structural.value),
    coverage: e.coverage,
    thin: e.thin,
    china: e.china,
    eventPart: round(e.eventPart),
    structural: round(structural.value),
    components: [
      ...e.components,
      {
        name: "structural",
        pole: null,
        value: round(structuralShare * structural.value),
        events: [],
        memberships: structural.memberships,
      },
    ],
  };
}

/** Four decimals, and never -0. */
export function round(x: number): number {
  return Math.round(x * 10000) / 10000 || 0;
}

/**
 * Evidence as the store keeps it: its event components as JSON text (`JSON.stringify` of
 * `components`), or their summary (`JSON.stringify(summariseComponents(components))`), whichever
 * was read. Requests splice or parse the text instead of the store building objects per event.
 */
export interface StoredEvidence extends Omit<IndexEvidence, "components"> {
  readonly componentsJson: string;
}
