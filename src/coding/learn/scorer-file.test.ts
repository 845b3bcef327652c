import { describe, expect, it } from "vitest";
import { decodeScorerModel, encodeScorerModel } from "./scorer-file.js";
import { probability, type ScorerModel } from "./scorer-model.js";

const model: ScorerModel = {
  version: 1,
  threshold: 0.7,
  calibration: { a: 0.2519, b: -1.1596 },
  types: {
    DIPLOMATIC_COOPERATION: { bias: -3, "w=meet": 4.0001, "ar=nsubj": 1 / 3, "w=é": -0.1 },
    CRITICISM: { bias: -2, "w=condemn": 3.5, "ar=nsubj": 0.25 },
  },
};

describe("the scorer file", () => {
  it("gives back the same model, the same numbers to the last bit, from the same bytes", () => {
    const bytes = encodeScorerModel(model);
    expect(encodeScorerModel(model).equals(bytes)).toBe(true);
    const { model: read } = decodeScorerModel(bytes, "round trip");
    // The same weights by type and name (each type's in name order, as the trainer writes them).
    expect({ ...read, types: { ...read.types } }).toStrictEqual(model);
    const features = ["bias", "w=meet", "ar=nsubj", "w=unseen", "w=é"];
    for (const type of ["DIPLOMATIC_COOPERATION", "CRITICISM", "AID"] as const)
      expect(probability(read, type, features)).toBe(probability(model, type, features));
  });

  it("reads aligned or not: the same model from bytes that start at an odd offset", () => {
    const bytes = encodeScorerModel(model);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    const { model: read } = decodeScorerModel(shifted, "x");
    expect({ ...read, types: { ...read.types } }).toStrictEqual(model);
  });

  it("refuses a file that is not one, naming it", () => {
    expect(() => decodeScorerModel(Buffer.from("{}"), "scorer.json")).toThrow(
      /not a scorer model file: scorer.json/,
    );
    const cut = encodeScorerModel(model).subarray(0, -4);
    expect(() => decodeScorerModel(cut, "cut.bin")).toThrow(/sizes do not match the header: cut.bin/);
  });
});
