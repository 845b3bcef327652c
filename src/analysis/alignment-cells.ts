import { monthOf } from "./month.js";
import { poleClassifier, type Pole, type PoleOf } from "./poles.js";

/**
 * The alignment rollup: per country, month, pole of the other party, the country's role and the
 * event's sign, the sums the index needs. Stored by the store (table alignment_rollup) in the
 * transaction that stores the events, so the index never reads the events table.
 */
export interface AlignmentCell {
  readonly country: string;
  readonly month: string;
  /** The pole of the other party at the event's month. */
  readonly pole: Pole;
  /** "actor": the country did it to the pole; "target": the pole did it to the country. */
  readonly role: "actor" | "target";
  readonly sign: "cooperation" | "coercion";
  readonly count: number;
  /** Sum of weight x confidence (signed: negative for coercion). */
  readonly wcSum: number;
  /** Sum of weight x confidence x ln(numSources). */
  readonly wcLogSourcesSum: number;
  /** The cell's strongest event (largest |weight x confidence|), to name it. */
  readonly topId: string;
  readonly topType: string;
  readonly topScore: number;
}

/** What the rollup reads of a merged event. */
export interface AlignmentEvent {
  readonly id: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly modality: string;
  /** The event's date, else its document's: YYYY-MM or YYYY-MM-DD (anything else is not counted). */
  readonly date: string | null;
  readonly weight: number;
  readonly confidence: number;
  readonly numSources: number;
}

/** Modalities that say nothing happened count nothing (their lexicon weight is 0 anyway). */
const UNCOUNTED = new Set(["hypothetical", "negated"]);

/**
 * The cells one event adds to: one for each party whose other party is in a pole (none when
 * neither is, or the event is hypothetical, negated, undated or of weight 0).
 */
export function eventCells(event: AlignmentEvent, poleOf: PoleOf): AlignmentCell[] {
  if (UNCOUNTED.has(event.modality) || event.weight === 0 || event.actor === event.target) return [];
  const month = monthOf(event.date);
  if (!month) return [];
  const wc = event.weight * event.confidence;
  const base = {
    month,
    sign: event.weight > 0 ? ("cooperation" as const) : ("coercion" as const),
    count: 1,
    wcSum: wc,
    wcLogSourcesSum: wc * Math.log(Math.max(1, event.numSources)),
    topId: event.id,
    topType: event.type,
    topScore: Math.abs(wc),
  };
  const out: AlignmentCell[] = [];
  const targetPole = poleOf(event.target, month);
  if (targetPole) out.push({ ...base, country: event.actor, pole: targetPole, role: "actor" });
  const actorPole = poleOf(event.actor, month);
  if (actorPole) out.push({ ...base, country: event.target, pole: actorPole, role: "target" });
  return out;
}

/** The key of a cell in the rollup. */
export function cellKey(c: Pick<AlignmentCell, "country" | "month" | "pole" | "role" | "sign">): string {
  return `${c.country} ${c.month} ${c.pole} ${c.role} ${c.sign}`;
}

/** Two increments of one cell added up: sums add, the stronger event names the cell. */
export function addCells(a: AlignmentCell, b: AlignmentCell): AlignmentCell {
  const top = b.topScore > a.topScore ? b : a;
  return {
    ...a,
    count: a.count + b.count,
    wcSum: a.wcSum + b.wcSum,
    wcLogSourcesSum: a.wcLogSourcesSum + b.wcLogSourcesSum,
    topId: top.topId,
    topType: top.topType,
    topScore: top.topScore,
  };
}

/** Sums the cells of many events, as one rollup increment per cell. */
export function cellAccumulator(poleOf: PoleOf = poleClassifier()): {
  add(event: AlignmentEvent): void;
  cells(): AlignmentCell[];
} {
  const cells = new Map<string, AlignmentCell>();
  return {
    add(event) {
      for (const c of eventCells(event, poleOf)) {
        const key = cellKey(c);
        const had = cells.get(key);
        cells.set(key, had ? addCells(had, c) : c);
      }
    },
    cells: () => [...cells.values()],
  };
}

/** The cells of a set of events (the rollup an empty store would hold after storing them). */
export function alignmentCells(events: Iterable<AlignmentEvent>, poleOf?: PoleOf): AlignmentCell[] {
  const acc = cellAccumulator(poleOf);
  for (const e of events) acc.add(e);
  return acc.cells();
}
