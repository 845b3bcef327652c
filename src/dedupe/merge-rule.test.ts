import { describe, expect, it } from "vitest";
import { mergeWindow, sameEvent, type MergeKey } from "./merge-rule.js";

const base: MergeKey = {
  type: "SANCTION",
  actor: "USA",
  target: "RUS",
  modality: "asserted",
  date: "2022-03-01",
  sortDate: "2022-03-01",
};
const at = (date: string | null, published = "2022-03-01"): MergeKey => ({
  ...base,
  date,
  sortDate: date ?? published,
});

describe("sameEvent", () => {
  it.each([
    ["days 3 apart", at("2022-03-01"), at("2022-03-04"), true],
    ["days 4 apart", at("2022-03-01"), at("2022-03-05"), false],
    ["across a month end", at("2022-02-27"), at("2022-03-02"), true],
    ["the same month", at("2022-03"), at("2022-03"), true],
    ["different months", at("2022-03"), at("2022-04"), false],
    ["the same year", at("2022"), at("2022"), true],
    ["a day and its month", at("2022-03-01"), at("2022-03"), false],
    ["undated, published 3 days apart", at(null, "2022-03-01"), at(null, "2022-03-04"), true],
    ["undated, published 5 days apart", at(null, "2022-03-01"), at(null, "2022-03-06"), false],
    ["undated, one without a publication day", at(null, "2022-03-01"), at(null, ""), false],
    ["dated and undated", at("2022-03-01"), at(null, "2022-03-01"), false],
    ["another modality", at("2022-03-01"), { ...at("2022-03-01"), modality: "threatened" }, false],
    ["another target", at("2022-03-01"), { ...at("2022-03-01"), target: "BLR" }, false],
    ["another type", at("2022-03-01"), { ...at("2022-03-01"), type: "THREAT" }, false],
  ])("%s: %s", (_name, a, b, same) => {
    expect(sameEvent(a, b)).toBe(same);
    expect(sameEvent(b, a)).toBe(same);
  });
});

describe("mergeWindow", () => {
  it("spans 3 days each side of a day, one month or year, and nothing for undated reports without a publication day", () => {
    expect(mergeWindow(at("2022-03-01"))).toEqual({ from: "2022-02-26", to: "2022-03-04" });
    expect(mergeWindow(at("2022-03"))).toEqual({ from: "2022-03", to: "2022-03" });
    expect(mergeWindow(at(null, "2022-03-10"))).toEqual({ from: "2022-03-07", to: "2022-03-13" });
    expect(mergeWindow(at(null, ""))).toBeNull();
    expect(mergeWindow(at(null, "2022-03"))).toBeNull();
  });
});
