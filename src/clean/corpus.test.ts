import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { f1Of, overlap } from "../../test/fixtures/clean/token-f1.js";
import { cleanDocument } from "./clean.js";

const CORPUS = new URL("../../test/corpus/", import.meta.url).pathname;
// CURTAIN_CORPUS_MIN=1 runs the check on a corpus still being written.
const MIN_FILES = Number(process.env["CURTAIN_CORPUS_MIN"] ?? 10);

interface Gold {
  document: string;
  published?: string;
  mainText?: { lines?: number[]; text?: string };
}

function goldText(gold: Gold, doc: Buffer): string {
  if (gold.mainText?.text) return gold.mainText.text;
  const lines = doc.toString("utf8").split(/\r?\n/);
  return (gold.mainText?.lines ?? []).map((n) => lines[n - 1] ?? "").join("\n");
}

const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
  : [];

describe("gold corpus main text", () => {
  test.skipIf(files.length < MIN_FILES)(
    `overall bag-of-token F1 >= 0.95 (needs ${MIN_FILES}+ gold files in test/corpus, found ${files.length})`,
    () => {
      const total = { tp: 0, out: 0, gold: 0 };
      const rows: string[] = [];
      for (const f of files) {
        const gold = JSON.parse(readFileSync(join(CORPUS, f), "utf8")) as Gold;
        const bytes = readFileSync(join(CORPUS, gold.document));
        const doc = cleanDocument({
          kind: "RawDocument",
          source: gold.document,
          bytes,
          contentType: null,
          fetchedAt: "2020-01-01T00:00:00Z",
          published: null,
        });
        const c = overlap(doc.mainText, goldText(gold, bytes));
        total.tp += c.tp;
        total.out += c.out;
        total.gold += c.gold;
        const p = c.out ? c.tp / c.out : 1;
        const r = c.gold ? c.tp / c.gold : 1;
        rows.push(`${f1Of(c).toFixed(3)}  P ${p.toFixed(3)} R ${r.toFixed(3)}  ${gold.document}`);
      }
      const overall = f1Of(total);
      console.log(
        `${rows.join("\n")}\noverall main-text F1 ${overall.toFixed(3)} over ${files.length} files`,
      );
      expect(overall).toBeGreaterThanOrEqual(0.95);
    },
  );
});
