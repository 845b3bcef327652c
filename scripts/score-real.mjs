#!/usr/bin/env node
// Scores the coder on the real-news corpus (test/corpus-real), part by part, with the shared
// scorer: totals, then (for the development part) precision and recall per event type and per
// outlet kind, and the annotators' agreement. `--errors` lists the development part's misses and false alarms for
// whoever works on the coder; the test part's errors are never printed.
// `--learned` codes with the learned scorer's proposals too (extract --learned).
// Usage: npm run build && node scripts/score-real.mjs [--errors] [--json] [--learned]
import { readRawFile } from "../dist/ingest/read-file.js";
import { learnedProposer } from "../dist/coding/learn/proposer.js";
import { extract } from "../dist/pipeline/extract.js";
import { agreement, readSources, readSplit, scorePart } from "./real-corpus.mjs";

const args = new Set(process.argv.slice(2));
if (args.has("--help")) {
  console.log("usage: node scripts/score-real.mjs [--errors] [--json] [--learned]   (after npm run build)");
  process.exit(0);
}
const split = readSplit();
const kindOf = new Map(readSources().map((s) => [s.file.replace(/\.[^.]+$/, ""), s.kind]));
const proposer = args.has("--learned") ? learnedProposer() : null;
const extractFile = (path, published) => extract(readRawFile(path, published), { proposer });

/** tp/fp/fn counted by a label of each triple (its type) or of its document (its outlet kind). */
function breakdown(perDoc, labelOf) {
  const rows = new Map();
  const add = (label, field) => {
    const row = rows.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    row[field]++;
    rows.set(label, row);
  };
  for (const d of perDoc) {
    for (const field of ["tp", "fp", "fn"]) for (const k of d[field] ?? []) add(labelOf(d.name, k), field);
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b));
}

const f = (x) => x.toFixed(3);
const ratio = (a, b) => (b === 0 ? NaN : a / b);
const report = {};
for (const part of ["dev", "test"]) {
  const { summary, perDoc } = scorePart(split[part], extractFile);
  report[part] = {
    summary,
    byType: part === "dev" ? breakdown(perDoc, (_, k) => k.split("|")[0]) : undefined,
    byKind: part === "dev" ? breakdown(perDoc, (name) => kindOf.get(name) ?? "unknown") : undefined,
    errors: part === "dev" ? perDoc : undefined,
  };
}
report.agreement = agreement();

if (args.has("--json")) {
  // Exiting at once would cut a long report short through a pipe: exit once it is written.
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`, () => process.exit(0));
  await new Promise(() => {});
}
for (const part of ["dev", "test"]) {
  const { summary, byType, byKind } = report[part];
  const e = summary.event;
  console.log(
    `\n== ${part} (${summary.documents} articles): event P ${f(e.precision)} R ${f(e.recall)} F1 ${f(e.f1)}` +
      ` (tp ${e.tp} fp ${e.fp} fn ${e.fn}) | modality ${f(summary.modalityAccuracy)} | date ${f(summary.dateAccuracy)}` +
      ` | text F1 ${f(summary.text.f1)} | evidence outside ${summary.evidenceOutsideMainText}`,
  );
  // Only the development part is broken down: the test part is judged by its totals alone.
  if (part === "test") continue;
  for (const [title, rows] of [
    ["type", byType],
    ["outlet kind", byKind],
  ]) {
    console.log(`\n${title.padEnd(24)}    tp    fp    fn      P      R`);
    for (const [label, r] of rows) {
      const p = ratio(r.tp, r.tp + r.fp);
      const rc = ratio(r.tp, r.tp + r.fn);
      const cell = (x) => (Number.isNaN(x) ? "    -" : f(x));
      console.log(
        `${label.padEnd(24)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${cell(p)}  ${cell(rc)}`,
      );
    }
  }
}
const a = report.agreement;
console.log(
  `\n== agreement of two independent annotations (${a.documents} articles, required against required):` +
    ` P ${f(a.precision)} R ${f(a.recall)} F1 ${f(a.f1)} (both ${a.both}, first only ${a.onlyFirst}, second only ${a.onlySecond})`,
);
if (args.has("--errors")) {
  console.log("\n== development part: errors (never the test part's)");
  for (const d of report.dev.errors) {
    const bad = [
      ...(d.fp ?? []).map((k) => `FP ${k}`),
      ...(d.fn ?? []).map((k) => `FN ${k}`),
      ...(d.modalityWrong ?? []).map((k) => `MOD ${k}`),
      ...(d.dateWrong ?? []).map((k) => `DATE ${k}`),
    ];
    if (bad.length > 0) console.log(`${d.name}\n  ${bad.join("\n  ")}`);
  }
}
