import { monthOf } from "./month.js";
import { defaultPoleClassifier, type Pole, type PoleOf } from "./poles.js";

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

/**
 * Modalities that say nothing happened count nothing (their lexicon weight is 0 anyway). An event
 * adds to one cell for each party whose other party is in a pole (none when neither is, or it is
 * hypothetical, negated, undated, of weight 0 or done to itself).
 */
const UNCOUNTED = new Set(["hypothetical", "negated"]);

/** The key of a cell in the rollup. */
export function cellKey(c: Pick<AlignmentCell, "country" | "month" | "pole" | "role" | "sign">): string {
  return `${c.country} ${c.month} ${c.pole} ${c.role} ${c.sign}`;
}

/**
 * Whether `a`'s top event names a cell rather than `b`'s: the higher score, on a tie the lower id,
 * so that a cell names the same event whatever order its events were added in.
 */
export function stronger(a: AlignmentCell, b: AlignmentCell): boolean {
  return a.topScore > b.topScore || (a.topScore === b.topScore && a.topId < b.topId);
}

/** Two increments of one cell added up: sums add, the stronger event names the cell. */
export function addCells(a: AlignmentCell, b: AlignmentCell): AlignmentCell {
  const top = stronger(b, a) ? b : a;
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

/** A cell being summed: mutable inside the accumulator only. */
type Sum = { -readonly [K in keyof AlignmentCell]: AlignmentCell[K] };

/**
 * Sums the cells of many events, as one rollup increment per cell. Sums in place (the bulk import
 * feeds it millions of events): no object per event beyond the first of each cell.
 */
export function cellAccumulator(poleOf: PoleOf = defaultPoleClassifier()): {
  add(event: AlignmentEvent): void;
  cells(): AlignmentCell[];
} {
  const cells = new Map<string, Sum>();
  const bump = (
    event: AlignmentEvent,
    country: string,
    month: string,
    pole: Pole,
    role: AlignmentCell["role"],
    wc: number,
    wcs: number,
  ) => {
    const sign = wc > 0 ? "cooperation" : "coercion";
    const key = `${country} ${month} ${pole} ${role} ${sign}`;
    const score = Math.abs(wc);
    const had = cells.get(key);
    if (!had) {
      cells.set(key, {
        country,
        month,
        pole,
        role,
        sign,
        count: 1,
        wcSum: wc,
        wcLogSourcesSum: wcs,
        topId: event.id,
        topType: event.type,
        topScore: score,
      });
      return;
    }
    had.count++;
    had.wcSum += wc;
    had.wcLogSourcesSum += wcs;
    if (score > had.topScore || (score === had.topScore && event.id < had.topId)) {
      had.topId = event.id;
      had.topType = event.type;
      had.topScore = score;
    }
  };
  return {
    add(event) {
      if (UNCOUNTED.has(event.modality) || event.weight === 0 || event.actor === event.target) return;
      const month = monthOf(event.date);
      if (!month) return;
      const wc = event.weight * event.confidence;
      const wcs = event.numSources > 1 ? wc * Math.log(event.numSources) : 0;
      const targetPole = poleOf(event.target, month);
      if (targetPole) bump(event, event.actor, month, targetPole, "actor", wc, wcs);
      const actorPole = poleOf(event.actor, month);
      if (actorPole) bump(event, event.target, month, actorPole, "target", wc, wcs);
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
