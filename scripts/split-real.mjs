#!/usr/bin/env node
// Splits the real-news corpus once into a development part (errors may be read) and a test part
// (only totals are ever looked at), balanced across outlets, years and event types, before the
// coder's output on the articles has been seen. Deterministic: the same corpus gives the same
// split. Writes test/corpus-real/split.json; refuses to overwrite one (--force to redo, which
// should only happen before anyone has read the development part's errors).
// Usage: node scripts/split-real.mjs [--test-share 0.34] [--force]
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REAL_DIR, goldNames, readGold, readSources } from "./real-corpus.mjs";

const args = process.argv.slice(2);
const shareAt = args.indexOf("--test-share");
const testShare = shareAt >= 0 ? Number(args[shareAt + 1]) : 0.34;
const out = join(REAL_DIR, "split.json");
if (existsSync(out) && !args.includes("--force")) {
  console.error(`split-real: ${out} exists: the split is fixed once (--force to redo it)`);
  process.exit(2);
}

const sources = new Map(readSources().map((s) => [s.file, s]));
/** The event type an article is most about: its commonest required type. */
function mainType(gold) {
  const counts = new Map();
  for (const e of gold.events) if (e.status === "required") counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "NONE";
}
// FNV-1a, so that ties within a stratum are broken by a stable pseudo-random order.
const hash = (s) => {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
  return h;
};

const rows = goldNames().map((name) => {
  const gold = readGold(name);
  const s = sources.get(gold.document);
  if (s === undefined) throw new Error(`split-real: ${gold.document} has no record in sources.json`);
  return { name, outlet: s.outlet, year: s.published.slice(0, 4), type: mainType(gold) };
});
// Systematic sampling over articles ordered by outlet, then year, then main type: every
// stratum contributes its share to the test part.
rows.sort(
  (a, b) =>
    a.outlet.localeCompare(b.outlet) ||
    a.year.localeCompare(b.year) ||
    a.type.localeCompare(b.type) ||
    hash(a.name) - hash(b.name),
);
const split = { dev: [], test: [] };
let carry = 0.5;
for (const row of rows) {
  carry += testShare;
  if (carry >= 1) {
    carry -= 1;
    split.test.push(row.name);
  } else split.dev.push(row.name);
}
split.dev.sort();
split.test.sort();
writeFileSync(out, JSON.stringify(split, null, 2) + "\n");
console.log(`split-real: ${split.dev.length} development, ${split.test.length} test -> ${out}`);
