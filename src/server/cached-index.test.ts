import { describe, expect, it } from "vitest";
import type { IndexRow } from "../analysis/index-row.js";
import { cachedIndex } from "./cached-index.js";

describe("cachedIndex", () => {
  const counting = () => {
    const calls: string[] = [];
    let fail = false;
    const source = async (q: {
      from: string;
      to: string;
      country?: string;
    }): Promise<readonly IndexRow[]> => {
      calls.push(`${q.from} ${q.to} ${q.country ?? "*"}`);
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error("store gone");
      return [];
    };
    return { calls, source, failNext: (f: boolean) => (fail = f) };
  };

  it("computes each question once within its time, shares concurrent asks, and forgets on clear", async () => {
    const { calls, source } = counting();
    const { index, clear } = cachedIndex(source, 60_000);
    await Promise.all([index({ from: "2019-11", to: "2019-11" }), index({ from: "2019-11", to: "2019-11" })]);
    await index({ from: "2019-11", to: "2019-11" });
    await index({ from: "2019-11", to: "2019-11", country: "SRB" });
    expect(calls).toEqual(["2019-11 2019-11 *", "2019-11 2019-11 SRB"]);
    clear();
    await index({ from: "2019-11", to: "2019-11" });
    expect(calls).toHaveLength(3);
  });

  it("recomputes after its time and after a failure", async () => {
    const { calls, source, failNext } = counting();
    const { index } = cachedIndex(source, 1);
    await index({ from: "2019-11", to: "2019-11" });
    await new Promise((r) => setTimeout(r, 5));
    await index({ from: "2019-11", to: "2019-11" });
    expect(calls).toHaveLength(2);
    const slow = cachedIndex(source, 60_000);
    failNext(true);
    await expect(slow.index({ from: "2020-01", to: "2020-01" })).rejects.toThrow("store gone");
    failNext(false);
    await expect(slow.index({ from: "2020-01", to: "2020-01" })).resolves.toEqual([]);
    expect(calls).toHaveLength(4);
  });
});
