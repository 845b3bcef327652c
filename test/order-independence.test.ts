import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

const CORPUS = join(import.meta.dirname, "corpus");

/** The coded events of each article (extract --learned), extracted in this order by modules loaded afresh. */
async function eventsInOrder(names: readonly string[]): Promise<string[]> {
  vi.resetModules();
  const { extract } = await import("../src/pipeline/extract.js");
  const { readRawFile } = await import("../src/ingest/read-file.js");
  const { learnedProposer } = await import("../src/coding/learn/proposer.js");
  const proposer = learnedProposer();
  return names.map((name) => {
    const gold = JSON.parse(readFileSync(join(CORPUS, name.replace(/\.txt$/, ".gold.json")), "utf8")) as {
      published?: string | null;
    };
    const raw = readRawFile(join(CORPUS, name), gold.published ?? null);
    return JSON.stringify(extract(raw, { proposer }).events);
  });
}

// The same article must be coded the same whatever the process read before it: reading 017
// ("websites, including the president's, were") once made wink-nlp keep "president's" whole in 008 ("the
// Russian president's Black Sea residence"), and changed a learned confidence there.
describe("an article's events do not depend on the articles extracted before it", () => {
  it("008 alone and after 017 and 002", async () => {
    const target = "008_lukashenko_sochi_loan.txt";
    const [alone] = await eventsInOrder([target]);
    const after = await eventsInOrder([
      "017_georgia_recognition_wire.txt",
      "002_gas_cutoff_europe.txt",
      target,
    ]);
    expect(after[after.length - 1]).toEqual(alone);
  }, 60_000);
});
