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

/** A country in a month: its own pole then, and its cells by slot (see `slotOf`). */
interface CountryMonth {
  readonly pole: Pole | null;
  readonly slots: (Sum | undefined)[];
}

const POLE_SLOT: Readonly<Record<Pole, number>> = { EAST: 0, WEST: 4, CHN: 8 };

/** The slot of a cell among a country-month's twelve: pole, then role, then sign. */
function slotOf(pole: Pole, role: AlignmentCell["role"], sign: AlignmentCell["sign"]): number {
  return POLE_SLOT[pole] + (role === "actor" ? 0 : 2) + (sign === "cooperation" ? 0 : 1);
}

/** Adds one event given by its fields, without making it. */
type AddEventFields = (
  id: string,
  type: string,
  actor: string,
  target: string,
  modality: string,
  date: string | null,
  weight: number,
  confidence: number,
  numSources: number,
) => void;

/**
 * Sums the cells of many events, as one rollup increment per cell. Sums in place (the bulk import
 * feeds it millions of events): no object per event beyond the first of each cell, and no key string;
 * cells are found by month, then country, then slot, and listed in the order they were first added.
 */
export function cellAccumulator(poleOf: PoleOf = defaultPoleClassifier()): {
  add(event: AlignmentEvent): void;
  /** The same as `add` of an event with these fields, without making it. */
  addFields: AddEventFields;
  cells(): AlignmentCell[];
} {
  const order: Sum[] = [];
  const byMonth = new Map<string, Map<string, CountryMonth>>();
  let lastDate: string | null = null;
  let lastMonth: string | null = null;
  let lastCountries: Map<string, CountryMonth> | undefined;
  const countryMonth = (countries: Map<string, CountryMonth>, country: string, month: string) => {
    let had = countries.get(country);
    if (!had) countries.set(country, (had = { pole: poleOf(country, month), slots: new Array(12) }));
    return had;
  };
  const bump = (
    into: CountryMonth,
    id: string,
    type: string,
    country: string,
    month: string,
    pole: Pole,
    role: AlignmentCell["role"],
    wc: number,
    wcs: number,
  ) => {
    const sign = wc > 0 ? "cooperation" : "coercion";
    const slot = slotOf(pole, role, sign);
    const score = Math.abs(wc);
    const had = into.slots[slot];
    if (!had) {
      const cell: Sum = {
        country,
        month,
        pole,
        role,
        sign,
        count: 1,
        wcSum: wc,
        wcLogSourcesSum: wcs,
        topId: id,
        topType: type,
        topScore: score,
      };
      into.slots[slot] = cell;
      order.push(cell);
      return;
    }
    had.count++;
    had.wcSum += wc;
    had.wcLogSourcesSum += wcs;
    if (score > had.topScore || (score === had.topScore && id < had.topId)) {
      had.topId = id;
      had.topType = type;
      had.topScore = score;
    }
  };
  const addFields: AddEventFields = (
    id,
    type,
    actor,
    target,
    modality,
    date,
    weight,
    confidence,
    numSources,
  ) => {
    if (UNCOUNTED.has(modality) || weight === 0 || actor === target) return;
    if (date !== lastDate || lastCountries === undefined) {
      lastDate = date;
      lastMonth = monthOf(date);
      if (lastMonth !== null) {
        lastCountries = byMonth.get(lastMonth);
        if (!lastCountries) byMonth.set(lastMonth, (lastCountries = new Map()));
      }
    }
    const month = lastMonth;
    if (!month) return;
    const countries = lastCountries!;
    const wc = weight * confidence;
    const wcs = numSources > 1 ? wc * Math.log(numSources) : 0;
    const ofActor = countryMonth(countries, actor, month);
    const ofTarget = countryMonth(countries, target, month);
    if (ofTarget.pole) bump(ofActor, id, type, actor, month, ofTarget.pole, "actor", wc, wcs);
    if (ofActor.pole) bump(ofTarget, id, type, target, month, ofActor.pole, "target", wc, wcs);
  };
  return {
    add: (e) =>
      addFields(e.id, e.type, e.actor, e.target, e.modality, e.date, e.weight, e.confidence, e.numSources),
    addFields,
    cells: () => [...order],
  };
}

/** The cells of a set of events (the rollup an empty store would hold after storing them). */
export function alignmentCells(events: Iterable<AlignmentEvent>, poleOf?: PoleOf): AlignmentCell[] {
  const acc = cellAccumulator(poleOf);
  for (const e of events) acc.add(e);
  return acc.cells();
}
