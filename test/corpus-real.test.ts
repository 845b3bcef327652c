import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  REAL_DIR,
  SCORER,
  SECOND_DIR,
  agreement,
  goldNames,
  readGold,
  readSources,
  readSplit,
  scorePart,
} from "../scripts/real-corpus.mjs";
import { readRawFile } from "../src/ingest/read-file.js";
import { learnedProposer } from "../src/coding/learn/proposer.js";
import { extract } from "../src/pipeline/extract.js";

interface Bar {
  readonly eventF1: number;
  readonly precision: number;
  readonly textF1: number;
  readonly minDocuments: number;
  /** Date accuracy where the gold has dates, and modality accuracy, of the matched events. */
  readonly date: number;
  readonly modality: number;
}
const thresholds = JSON.parse(readFileSync(join(import.meta.dirname, "thresholds.json"), "utf8")) as {
  realDev: Bar;
  realTest: Bar;
  realTestLearned: Bar;
  realAgreement: { eventF1: number; minDocuments: number };
};

/** Licences under which an article may be kept in the repository and redistributed. */
const REDISTRIBUTABLE = new Set([
  "CC BY 2.5",
  "CC BY 4.0",
  "public domain",
  "reuse authorised with acknowledgement",
]);

const articles = readdirSync(REAL_DIR)
  .filter((f) => /\.(txt|html?)$/.test(f))
  .sort();

describe("the real-news corpus (test/corpus-real)", () => {
  it("lists every article with its origin and a licence that permits redistribution", () => {
    const sources = readSources();
    const byFile = new Map(sources.map((s) => [s.file, s]));
    const listed = readFileSync(join(REAL_DIR, "SOURCES.md"), "utf8");
    for (const file of articles) {
      const s = byFile.get(file);
      expect(s, `${file} has no record in sources.json`).toBeDefined();
      if (s === undefined) continue;
      expect(REDISTRIBUTABLE.has(s.licence), `${file}: licence ${s.licence}`).toBe(true);
      for (const field of [
        "title",
        "published",
        "outlet",
        "kind",
        "url",
        "repository",
        "attribution",
      ] as const) {
        expect(s[field], `${file}: ${field}`).toBeTruthy();
      }
      expect(listed.includes(file), `${file} is not in SOURCES.md`).toBe(true);
    }
    expect(sources.map((s) => s.file).sort()).toEqual(articles);
  });

  it("has a gold file for every article, and every gold line is main text", () => {
    expect(
      goldNames()
        .map((n) => readGold(n).document)
        .sort(),
    ).toEqual(articles);
    for (const name of goldNames()) {
      const gold = readGold(name);
      const lines = new Set(gold.mainText.lines ?? []);
      for (const e of gold.events) {
        if (e.line !== undefined && gold.mainText.lines !== undefined) {
          expect(lines.has(e.line), `${name}: event line ${e.line} is not main text`).toBe(true);
        }
      }
    }
  });

  it("is split once into a development and a test part, each article in exactly one", () => {
    const split = readSplit();
    expect([...split.dev, ...split.test].sort()).toEqual(goldNames());
    expect(split.dev.length).toBeGreaterThanOrEqual(thresholds.realDev.minDocuments);
    expect(split.test.length).toBeGreaterThanOrEqual(thresholds.realTest.minDocuments);
  });

  it("keeps the recorded agreement of the articles annotated twice", () => {
    const a = agreement();
    expect(existsSync(SECOND_DIR)).toBe(true);
    expect(a.documents).toBeGreaterThanOrEqual(thresholds.realAgreement.minDocuments);
    expect(a.f1).toBeCloseTo(thresholds.realAgreement.eventF1, 3);
  });
});

describe.skipIf(!existsSync(SCORER))("the coder on real news (../shared/eval/score.mjs)", () => {
  const extractFile = (path: string, published: string | null) => extract(readRawFile(path, published));
  for (const [part, bar] of [
    ["dev", thresholds.realDev],
    ["test", thresholds.realTest],
  ] as const) {
    // Only totals are asserted: the test part's errors are never printed or read. The development
    // part's 921 articles take about 40 s alone and over a minute on a loaded two-core machine.
    it(`the ${part} part meets its bar`, { timeout: 600_000 }, () => {
      const { summary } = scorePart(readSplit()[part], extractFile);
      expect(summary.missing).toBe(0);
      expect(summary.evidenceOutsideMainText).toBe(0);
      expect(summary.event.f1).toBeGreaterThanOrEqual(bar.eventF1);
      expect(summary.event.precision).toBeGreaterThanOrEqual(bar.precision);
      expect(summary.dateAccuracy).toBeGreaterThanOrEqual(bar.date);
      expect(summary.modalityAccuracy).toBeGreaterThanOrEqual(bar.modality);
      expect(summary.text.f1).toBeGreaterThanOrEqual(bar.textF1);
    });
  }
});

describe.skipIf(!existsSync(SCORER))(
  "the coder with the learned scorer on real news (extract --learned)",
  () => {
    // The scorer is trained on the development part: only the test part measures it.
    it("the test part meets its bar", () => {
      const proposer = learnedProposer();
      const extractFile = (path: string, published: string | null) =>
        extract(readRawFile(path, published), { proposer });
      const { summary } = scorePart(readSplit().test, extractFile);
      const bar = thresholds.realTestLearned;
      expect(summary.missing).toBe(0);
      expect(summary.evidenceOutsideMainText).toBe(0);
      expect(summary.event.f1).toBeGreaterThanOrEqual(bar.eventF1);
      expect(summary.event.precision).toBeGreaterThanOrEqual(bar.precision);
      expect(summary.dateAccuracy).toBeGreaterThanOrEqual(bar.date);
      expect(summary.modalityAccuracy).toBeGreaterThanOrEqual(bar.modality);
      expect(summary.text.f1).toBeGreaterThanOrEqual(bar.textF1);
    });
  },
);
