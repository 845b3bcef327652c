import type { Pole } from "./poles.js";

/** An event behind a component: the strongest event of one rollup cell (one pole, role, sign and month). */
export interface IndexEventRef {
  readonly id: string;
  readonly type: string;
  /** The cell's contribution to the component's value (decayed, signed like the component). */
  readonly weight: number;
  /** The month of the cell. */
  readonly month: string;
  /** Events in the cell: this one and the weaker ones it stands for (`curtain events` lists them all). */
  readonly count: number;
}

export interface IndexComponent {
  /** cooperation-east, coercion-by-east, coercion-of-east (and -west, -chn), structural. */
  readonly name: string;
  readonly pole: Pole | null;
  /** Signed contribution to `value` (+ East, - West); for CHN components, to `china` (+ toward China). */
  readonly value: number;
  readonly events: readonly IndexEventRef[];
  /** Structural component only: the statuses held, with their weights. */
  readonly memberships?: readonly string[];
}

/** The alignment of one country in one month (src/analysis/README.md). */
export interface IndexRow {
  readonly country: string;
  readonly month: string;
  /** -1 West .. +1 East: evidence.share x eventPart + structural.share x structural. */
  readonly value: number;
  /** Evidence mass / (mass + prior), 0..1: low means the value rests on memberships. */
  readonly coverage: number;
  /** coverage below evidence.thinBelow: too little evidence to read the month from events. */
  readonly thin: boolean;
  /** -1 away from China .. +1 toward China, beside the axis. */
  readonly china: number;
  /** The events' part alone, -1..+1. */
  readonly eventPart: number;
  /** The structural part alone, -1..+1. */
  readonly structural: number;
  readonly components: readonly IndexComponent[];
}
