import type { AlignmentCell } from "./alignment-cells.js";
import type { AlignmentWeights } from "./alignment-weights.js";
import { round, withStructural, type IndexEvidence } from "./index-evidence.js";
import type { IndexComponent, IndexEventRef, IndexRow } from "./index-row.js";
import type { Pole } from "./poles.js";
import type { StructuralPart } from "./structural.js";

const POLE_ORDER = ["EAST", "WEST", "CHN"] as const;
const KINDS = ["cooperation", "coercion-by", "coercion-of"] as const;
/** Which way a kind of evidence pulls relative to its pole: toward it (+1) or away (-1). */
const TOWARD = [1, -1, -1] as const;
/** East is +1 on the axis, West -1; CHN is off the axis. */
const AXIS: Readonly<Record<Pole, number>> = { EAST: 1, WEST: -1, CHN: 0 };

/** A cell with what does not depend on the month asked: its group (pole x kind) and undecayed mass. */
interface Prepared {
  readonly cell: AlignmentCell;
  /** poleIndex * 3 + kindIndex. */
  readonly group: number;
  /** |Σwc + sourceLog Σwc ln n| x role weight. */
  readonly base: number;
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
  return computeEvidence(cells, countries, months, weights).map((e) =>
    withStructural(e, structuralOf(e.country, e.month), weights),
  );
}

/**
 * The events' part of each country and month (country by country, months in the order given):
 * what the store materialises. Each cell is prepared once; a row only multiplies by the decay of
 * its age and adds up (a state's series asks for hundreds of rows over the same cells). Cells are
 * summed in one fixed order whatever order they come in, so that the same cells always give the
 * same bits.
 */
export function computeEvidence(
  cells: readonly AlignmentCell[],
  countries: readonly string[],
  months: readonly string[],
  weights: AlignmentWeights,
): IndexEvidence[] {
  const byCountry = new Map<string, Map<number, Prepared[]>>();
  for (const cell of cells) {
    const p = prepare(cell, weights);
    if (p.base <= 0) continue;
    let byMonth = byCountry.get(cell.country);
    if (!byMonth) byCountry.set(cell.country, (byMonth = new Map()));
    const at = monthIndex(cell.month);
    const list = byMonth.get(at);
    if (list) list.push(p);
    else byMonth.set(at, [p]);
  }
  for (const byMonth of byCountry.values()) for (const list of byMonth.values()) list.sort(byCell);
  const decay = Array.from({ length: weights.window.months }, (_, age) =>
    Math.pow(0.5, age / weights.window.halfLifeMonths),
  );
  const rows: IndexEvidence[] = [];
  const empty = new Map<number, Prepared[]>();
  for (const country of countries) {
    const byMonth = byCountry.get(country) ?? empty;
    for (const month of months) {
      const at = monthIndex(month);
      const groups: { p: Prepared; mass: number }[][] = Array.from({ length: 9 }, () => []);
      const mass = new Array<number>(9).fill(0);
      for (let age = 0; age < decay.length; age++) {
        const list = byMonth.get(at - age);
        if (!list) continue;
        for (const p of list) {
          const m = p.base * decay[age]!;
          mass[p.group]! += m;
          groups[p.group]!.push({ p, mass: m });
        }
      }
      rows.push(evidenceRow(country, month, groups, mass, weights));
    }
  }
  return rows;
}

/** Cells of one country and month in the order of their key (pole, role, sign). */
function byCell(a: Prepared, b: Prepared): number {
  const x = a.cell;
  const y = b.cell;
  return x.pole !== y.pole
    ? x.pole < y.pole
      ? -1
      : 1
    : x.role !== y.role
      ? x.role < y.role
        ? -1
        : 1
      : x.sign === y.sign
        ? 0
        : x.sign < y.sign
          ? -1
          : 1;
}

function prepare(cell: AlignmentCell, weights: AlignmentWeights): Prepared {
  const kind = cell.sign === "cooperation" ? 0 : cell.role === "target" ? 1 : 2;
  const r = weights.roles;
  const role =
    cell.sign === "cooperation"
      ? cell.role === "actor"
        ? r.cooperationByCountry
        : r.cooperationByPole
      : cell.role === "actor"
        ? r.coercionByCountry
        : r.coercionByPole;
  return {
    cell,
    group: POLE_ORDER.indexOf(cell.pole) * 3 + kind,
    base: Math.abs(cell.wcSum + weights.sourceLog * cell.wcLogSourcesSum) * role,
  };
}

/** One row's evidence from its window's masses, grouped by pole x kind. */
function evidenceRow(
  country: string,
  month: string,
  groups: readonly (readonly { p: Prepared; mass: number }[])[],
  mass: readonly number[],
  weights: AlignmentWeights,
): IndexEvidence {
  const { prior, share, thinBelow } = weights.evidence;
  let east = 0;
  let west = 0;
  for (let g = 0; g < 6; g++) {
    const direction = TOWARD[g % 3]! * AXIS[POLE_ORDER[Math.floor(g / 3)]!];
    if (direction > 0) east += mass[g]!;
    else west += mass[g]!;
  }
  const chnToward = mass[6]!;
  const chnAway = mass[7]! + mass[8]!;
  const axisDenominator = east + west + prior;
  const chinaDenominator = chnToward + chnAway + prior;
  const eventPart = (east - west) / axisDenominator;
  const china = (chnToward - chnAway) / chinaDenominator;
  const total = east + west + chnToward + chnAway;
  const coverage = total / (total + prior);
  const components: IndexComponent[] = [];
  for (let g = 0; g < 9; g++) {
    const items = groups[g]!;
    if (items.length === 0) continue;
    const pole = POLE_ORDER[Math.floor(g / 3)]!;
    const sign = TOWARD[g % 3]!;
    // Axis components share the event part's scale; CHN components the china figure's.
    const scale = pole === "CHN" ? 1 / chinaDenominator : (share * AXIS[pole]) / axisDenominator;
    const events: IndexEventRef[] = [...items]
      .sort((a, b) => b.mass - a.mass || (a.p.cell.topId < b.p.cell.topId ? -1 : 1))
      .slice(0, weights.maxEventsPerComponent)
      .map(({ p, mass: m }) => ({
        id: p.cell.topId,
        type: p.cell.topType,
        weight: round(sign * m * scale),
        month: p.cell.month,
        count: p.cell.count,
      }));
    components.push({
      name: `${KINDS[g % 3]}-${pole.toLowerCase()}`,
      pole,
      value: round(sign * mass[g]! * scale),
      events,
    });
  }
  return {
    country,
    month,
    eventPart,
    coverage: round(coverage),
    thin: coverage < thinBelow,
    china: round(china),
    components,
  };
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
