// The diverging scale of the index: blue for West (-1), a light neutral at 0, orange for East
// (+1). Blue and orange stay apart for the common colour-vision deficiencies (they are the two
// ends of ColorBrewer's colour-blind-safe PuOr/RdBu family), and lightness grows toward the
// centre, so the scale also reads in grey.

const WEST = [33, 102, 172] as const; // #2166ac
const MID = [247, 247, 247] as const; // #f7f7f7
const EAST = [179, 88, 6] as const; // #b35806

const mix = (a: readonly number[], b: readonly number[], t: number): string =>
  `rgb(${a.map((x, i) => Math.round(x + ((b[i] ?? x) - x) * t)).join(",")})`;

export function indexColour(value: number): string {
  const v = Math.max(-1, Math.min(1, value));
  return v < 0 ? mix(MID, WEST, -v) : mix(MID, EAST, v);
}

export const NO_DATA = "#d9d9d9";

/**
 * Evidence below this coverage is drawn hatched: too thin to trust. The server decides (each index
 * row says `thin`, by evidence.thinBelow of data/analysis/alignment.yaml); this is that threshold,
 * for the legend's words and for rows without `thin` (test/thin-rule.test.ts keeps the two equal).
 */
export const THIN_COVERAGE = 0.3;

export const LEGEND_STOPS: readonly { value: number; label: string }[] = [
  { value: -1, label: "West" },
  { value: -0.5, label: "" },
  { value: 0, label: "balanced" },
  { value: 0.5, label: "" },
  { value: 1, label: "East" },
];

/** Colours of event types on arcs and in lists. */
export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  ARMS_TRANSFER: "#7b3294",
  SANCTION: "#d7191c",
  ENERGY_COERCION: "#e66101",
  MILITARY_COOPERATION: "#1a9641",
  ARMED_CONFLICT: "#000000",
  TERRITORIAL_SEIZURE: "#4d4d4d",
};
export const OTHER_TYPE_COLOUR = "#5e3c99";
