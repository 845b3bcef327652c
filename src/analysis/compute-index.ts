import type { AlignmentCell } from "./alignment-cells.js";
import type { AlignmentWeights } from "./alignment-weights.js";
import type { IndexComponent, IndexEventRef, IndexRow } from "./index-row.js";
import { addMonths, monthsBetween } from "./month.js";
import type { Pole } from "./poles.js";
import type { StructuralPart } from "./structural.js";

type Kind = "cooperation" | "coercion-by" | "coercion-of";
/** Which way a kind of evidence pulls relative to its pole: toward it (+1) or away (-1). */
const TOWARD: Readonly<Record<Kind, 1 | -1>> = { cooperation: 1, "coercion-by": -1, "coercion-of": -1 };
/** East is +1 on the axis, West -1; CHN is off the axis. */
const AXIS: Readonly<Record<Pole, number>> = { EAST: 1, WEST: -1, CHN: 0 };

interface Contribution {
  readonly pole: Pole;
  readonly kind: Kind;
  readonly mass: number;
  readonly cell: AlignmentCell;
}

/**
 * The index of each country and month from the rollup cells (which must cover each month's window)
 * and the structural part. Pure: the formula of src/analysis/README.md, nothing else.
 */
export function computeIndex(
  cells: readonly AlignmentCell[],
  countries: readonly string[],
  months: readonly string[],
  weights: AlignmentWeights,
  structuralOf: (country: string, month: string) => StructuralPart,
): IndexRow[] {
  const byCountryMonth = new Map<string, AlignmentCell[]>();
  for (const c of cells) {
    const key = `${c.country} ${c.month}`;
    const list = byCountryMonth.get(key);
    if (list) list.push(c);
    else byCountryMonth.set(key, [c]);
  }
  const rows: IndexRow[] = [];
  for (const country of countries)
    for (const month of months) {
      const window: AlignmentCell[] = [];
      for (let age = 0; age < weights.window.months; age++)
        window.push(...(byCountryMonth.get(`${country} ${addMonths(month, -age)}`) ?? []));
      rows.push(indexRow(country, month, window, weights, structuralOf(country, month)));
    }
  return rows;
}

/** One row from the cells of its window. */
export function indexRow(
  country: string,
  month: string,
  window: readonly AlignmentCell[],
  weights: AlignmentWeights,
  structural: StructuralPart,
): IndexRow {
  const contributions = window.flatMap((cell): Contribution[] => {
    const age = monthsBetween(cell.month, month);
    if (age < 0 || age >= weights.window.months) return [];
    const decay = decayAt(age, weights.window.halfLifeMonths);
    const sourced = Math.abs(cell.wcSum + weights.sourceLog * cell.wcLogSourcesSum);
    const kind: Kind =
      cell.sign === "cooperation" ? "cooperation" : cell.role === "target" ? "coercion-by" : "coercion-of";
    const role =
      cell.sign === "cooperation"
        ? cell.role === "actor"
          ? weights.roles.cooperationByCountry
          : weights.roles.cooperationByPole
        : cell.role === "actor"
          ? weights.roles.coercionByCountry
          : weights.roles.coercionByPole;
    const mass = sourced * role * decay;
    return mass > 0 ? [{ pole: cell.pole, kind, mass, cell }] : [];
  });
  const { prior, share, thinBelow } = weights.evidence;
  let east = 0;
  let west = 0;
  let chnToward = 0;
  let chnAway = 0;
  for (const c of contributions) {
    const direction = TOWARD[c.kind] * AXIS[c.pole];
    if (c.pole === "CHN") {
      if (TOWARD[c.kind] > 0) chnToward += c.mass;
      else chnAway += c.mass;
    } else if (direction > 0) east += c.mass;
    else west += c.mass;
  }
  const axisDenominator = east + west + prior;
  const chinaDenominator = chnToward + chnAway + prior;
  const eventPart = (east - west) / axisDenominator;
  const china = (chnToward - chnAway) / chinaDenominator;
  const mass = east + west + chnToward + chnAway;
  const coverage = mass / (mass + prior);
  // One pass to group by pole and kind (the series of a state asks for hundreds of rows).
  const groups = new Map<string, Contribution[]>();
  for (const c of contributions) {
    const key = `${c.pole} ${c.kind}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const components: IndexComponent[] = [];
  for (const pole of ["EAST", "WEST", "CHN"] as const)
    for (const kind of ["cooperation", "coercion-by", "coercion-of"] as const) {
      const mine = groups.get(`${pole} ${kind}`);
      if (!mine) continue;
      // Axis components share the event part's scale; CHN components the china figure's.
      const scale = pole === "CHN" ? 1 / chinaDenominator : (share * AXIS[pole]) / axisDenominator;
      const sign = TOWARD[kind];
      const events: IndexEventRef[] = [...mine]
        .sort((a, b) => b.mass - a.mass || (a.cell.topId < b.cell.topId ? -1 : 1))
        .slice(0, weights.maxEventsPerComponent)
        .map((c) => ({
          id: c.cell.topId,
          type: c.cell.topType,
          weight: round(sign * c.mass * scale),
          month: c.cell.month,
          count: c.cell.count,
        }));
      components.push({
        name: `${kind}-${pole.toLowerCase()}`,
        pole,
        value: round(sign * mine.reduce((s, c) => s + c.mass, 0) * scale),
        events,
      });
    }
  const structuralShare = 1 - share;
  components.push({
    name: "structural",
    pole: null,
    value: round(structuralShare * structural.value),
    events: [],
    memberships: structural.memberships,
  });
  return {
    country,
    month,
    value: round(share * eventPart + structuralShare * structural.value),
    coverage: round(coverage),
    thin: coverage < thinBelow,
    china: round(china),
    eventPart: round(eventPart),
    structural: round(structural.value),
    components,
  };
}

const decays = new Map<number, number[]>();
/** 0.5^(age / halfLife), from a table per half-life. */
function decayAt(age: number, halfLife: number): number {
  let table = decays.get(halfLife);
  if (!table) decays.set(halfLife, (table = []));
  return (table[age] ??= Math.pow(0.5, age / halfLife));
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000 || 0;
}
