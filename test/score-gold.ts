import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRawFile } from "../src/ingest/read-file.js";
import { extract } from "../src/pipeline/extract.js";

export const SHARED = join(import.meta.dirname, "..", "..", "shared");
export const SCORER = join(SHARED, "eval", "score.mjs");

export interface Score {
  readonly summary: {
    readonly documents: number;
    readonly missing: number;
    readonly event: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
    readonly modalityAccuracy: number;
    readonly dateAccuracy: number;
    readonly evidenceOutsideMainText: number;
    readonly text: { precision: number; recall: number; f1: number };
  };
  readonly perDoc: readonly {
    name: string;
    fp?: string[];
    fn?: string[];
    modalityWrong?: string[];
    dateWrong?: string[];
  }[];
}

/** Extracts every document of a gold folder in-process and scores it with the shared scorer. */
export function scoreGoldFolder(goldDir: string): Score {
  const out = mkdtempSync(join(tmpdir(), "curtain-score-"));
  for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(goldDir, goldFile), "utf8")) as {
      document: string;
      published?: string;
    };
    const name = goldFile.replace(/\.gold\.json$/, "");
    const doc = extract(readRawFile(join(goldDir, gold.document), gold.published ?? null));
    writeFileSync(join(out, `${name}.json`), JSON.stringify(doc));
  }
  // The scorer prints its JSON and exits at once: through a pipe a long report is cut short, so
  // its standard output goes to a file.
  const report = join(mkdtempSync(join(tmpdir(), "curtain-score-report-")), "score.json");
  const fd = openSync(report, "w");
  try {
    execFileSync(process.execPath, [SCORER, goldDir, out, "--json"], { stdio: ["ignore", fd, "inherit"] });
  } finally {
    closeSync(fd);
  }
  return JSON.parse(readFileSync(report, "utf8")) as Score;
}
