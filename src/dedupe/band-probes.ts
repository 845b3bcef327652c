/** How many bits a probed band value may differ from the document's own band. */
export const PROBE_RADIUS = 2;

/**
 * Every 16-bit value within PROBE_RADIUS (2) bits of `band`, itself first: 1 + 16 + 120 = 137
 * values. Looking up all four bands' probes finds every stored hash within 11 bits: by pigeonhole,
 * hashes 11 bits apart differ in at most 2 bits of one of the four bands.
 */
export function bandProbes(band: number): number[] {
  const out = [band];
  for (let i = 0; i < 16; i++) {
    out.push(band ^ (1 << i));
    for (let j = i + 1; j < 16; j++) out.push(band ^ (1 << i) ^ (1 << j));
  }
  return out;
}
