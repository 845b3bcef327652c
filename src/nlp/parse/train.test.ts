import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readConllu } from "./conllu.js";
import { attachmentScores } from "./evaluate.js";
import { parse } from "./index.js";
import { compactParserModel } from "./load-model.js";
import { readModelFile, writeModelFile } from "./model-file.js";
import { trainParser, type TrainOptions } from "./train.js";

const trees = readConllu(
  readFileSync(new URL("../../../test/fixtures/ud/en_ewt-ud-test.conllu", import.meta.url), "utf8"),
);
const train = trees.slice(0, 300);
const heldOut = trees.slice(300, 500);
const options: TrainOptions = {
  epochs: 3,
  seed: 7,
  exploreFrom: 1,
  exploreProbability: 0.9,
  minMoveWeight: 0,
  minLabelWeight: 0,
};

describe("parser training", () => {
  it("gives byte-identical weights for the same sentences and seed, other weights for another seed", () => {
    const small = train.slice(0, 120);
    const quick = { ...options, epochs: 2 };
    const a = writeModelFile(trainParser(small, quick), { note: "test" });
    const b = writeModelFile(trainParser(small, quick), { note: "test" });
    const c = writeModelFile(trainParser(small, { ...quick, seed: 8 }), { note: "test" });
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it("learns: a model from 300 sentences parses 200 others far better than chance, the same after a file round trip", () => {
    const trained = trainParser(train, options);
    const direct = compactParserModel(trained);
    const read = compactParserModel(readModelFile(writeModelFile(trained, {}), "round trip").parser);
    const before = attachmentScores(heldOut, (w, t) => parse(w, t, direct));
    const after = attachmentScores(heldOut, (w, t) => parse(w, t, read));
    expect(before.uas).toBeGreaterThan(0.6);
    expect(before.las).toBeGreaterThan(0.5);
    expect(after).toEqual(before);
  });

  it("rejects a file that is not a model, naming it", () => {
    expect(() =>
      readModelFile(Buffer.from([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]), "x.bin.gz"),
    ).toThrow(/not a model file: x\.bin\.gz/);
  });
});
