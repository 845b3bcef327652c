import type { IndexComponent, IndexRow } from "./index-row.js";

/** A component without its events: how many events its listed cells hold instead. */
export interface IndexComponentSummary {
  readonly name: string;
  readonly pole: IndexComponent["pole"];
  readonly value: number;
  /** Events in the cells the component lists (at most maxEventsPerComponent cells). */
  readonly events: number;
}

/** A row with its components summarised: what a series of many months sends (GET /api/countries/{code}). */
export interface IndexSummaryRow extends Omit<IndexRow, "components"> {
  readonly components: readonly IndexComponentSummary[];
}

export function summariseComponents(components: readonly IndexComponent[]): IndexComponentSummary[] {
  return components.map((c) => ({
    name: c.name,
    pole: c.pole,
    value: c.value,
    events: c.events.reduce((n, e) => n + e.count, 0),
  }));
}

export function summariseRow({ components, ...row }: IndexRow): IndexSummaryRow {
  return { ...row, components: summariseComponents(components) };
}
