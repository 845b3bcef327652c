import { describe, expect, it } from "vitest";
import { loadAlignmentWeights } from "../src/analysis/alignment-weights.js";
import { THIN_COVERAGE } from "../web/src/colour-scale.js";

describe("the map's hatching rule", () => {
  it("is the index's own: the legend states the threshold the server marks rows thin by", () => {
    expect(THIN_COVERAGE).toBe(loadAlignmentWeights().evidence.thinBelow);
  });

  it("hatches about one strong event's worth of evidence or less", () => {
    // coverage = mass / (mass + prior); mass is the window's sum of |weight| x confidence, decayed.
    const { prior, thinBelow } = loadAlignmentWeights().evidence;
    const coverage = (mass: number) => mass / (mass + prior);
    expect(coverage(7 * 0.8)).toBeGreaterThanOrEqual(thinBelow); // one strong event this month: coloured
    expect(coverage(3 * 0.7)).toBeLessThan(thinBelow); // one weak event: hatched
  });
});
