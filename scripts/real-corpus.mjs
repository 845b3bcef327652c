// The real-news corpus (test/corpus-real): its parts, its second annotations, and the scoring of
// a part by the shared scorer. Used by score-real.mjs and by test/corpus-real.test.ts.
import { execFileSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REAL_DIR = resolve(import.meta.dirname, "..", "test", "corpus-real");
export const SECOND_DIR = join(REAL_DIR, "second");
export const SCORER = resolve(import.meta.dirname, "..", "..", "shared", "eval", "score.mjs");

/** The gold files' names (without `.gold.json`) of a folder, sorted. */
export function goldNames(dir = REAL_DIR) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".gold.json"))
    .map((f) => f.slice(0, -".gold.json".length))
    .sort();
}

export function readGold(name, dir = REAL_DIR) {
  return JSON.parse(readFileSync(join(dir, `${name}.gold.json`), "utf8"));
}

/** `{ dev: [...], test: [...] }`: fixed once, before the coder's output on them was looked at. */
export function readSplit() {
  return JSON.parse(readFileSync(join(REAL_DIR, "split.json"), "utf8"));
}

/** One record per article: origin, date, outlet, kind, licence, attribution. */
export function readSources() {
  return JSON.parse(readFileSync(join(REAL_DIR, "sources.json"), "utf8"));
}

/** A folder holding links to the gold files and documents of `names` only, for the scorer. */
export function partFolder(names) {
  const dir = mkdtempSync(join(tmpdir(), "curtain-real-part-"));
  for (const name of names) {
    const gold = readGold(name);
    symlinkSync(join(REAL_DIR, `${name}.gold.json`), join(dir, `${name}.gold.json`));
    symlinkSync(join(REAL_DIR, gold.document), join(dir, gold.document));
  }
  return dir;
}

/**
 * Extracts every document of `names` with `extractFile(path, published)` (which returns the
 * `curtain extract --json` document) and scores them with the shared scorer.
 */
export function scorePart(names, extractFile) {
  const goldDir = partFolder(names);
  const out = mkdtempSync(join(tmpdir(), "curtain-real-out-"));
  for (const name of names) {
    const gold = readGold(name);
    const doc = extractFile(join(REAL_DIR, gold.document), gold.published ?? null);
    writeFileSync(join(out, `${name}.json`), JSON.stringify(doc));
  }
  // The scorer prints its JSON and exits at once: through a pipe, a long report is cut short (at
  // about 214 KB here), so its standard output goes to a file.
  const report = join(mkdtempSync(join(tmpdir(), "curtain-real-score-")), "score.json");
  const fd = openSync(report, "w");
  try {
    execFileSync(process.execPath, [SCORER, goldDir, out, "--json"], { stdio: ["ignore", fd, "inherit"] });
  } finally {
    closeSync(fd);
  }
  return JSON.parse(readFileSync(report, "utf8"));
}

const key = (e) => `${e.type}|${e.actor}|${e.target}`;

/**
 * How far two independent annotations agree: the event F1 of the second's required triples
 * against the first's required triples, over every article annotated twice (micro-averaged).
 */
export function agreement() {
  let both = 0;
  let onlyFirst = 0;
  let onlySecond = 0;
  const names = goldNames(SECOND_DIR).filter((n) => existsSync(join(REAL_DIR, `${n}.gold.json`)));
  for (const name of names) {
    const required = (g) => new Set(g.events.filter((e) => e.status === "required").map(key));
    const a = required(readGold(name));
    const b = required(readGold(name, SECOND_DIR));
    for (const k of a)
      if (b.has(k)) both++;
      else onlyFirst++;
    for (const k of b) if (!a.has(k)) onlySecond++;
  }
  const precision = both + onlySecond === 0 ? 1 : both / (both + onlySecond);
  const recall = both + onlyFirst === 0 ? 1 : both / (both + onlyFirst);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { documents: names.length, both, onlyFirst, onlySecond, precision, recall, f1 };
}
