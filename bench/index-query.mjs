// Benchmark: the alignment index read from the store's materialised index (table alignment_index,
// migration 006), at 1,000,000 and 10,000,000 generated events in SQLite (built through
// `store.bulkInsertEvents`, which fills the rollups and the index). Two queries, as the API asks
// them: one month of every curated state (/api/index?month=) and one state's series over every
// generated month (/api/countries/{code} reads it summarised: alignmentSeries). Baselines in the same run, on the same file: the plain
// country-month rollup read through the store for the same months (`countryMonthRollup`, what the
// map read before there was an index), and the same index computed from the alignment rollup on
// each call (`computedIndex`, what every request did before migration 006).
// Usage: npm run build && node bench/index-query.mjs [--sizes 1e6,1e7] [--runs 200] [--dir DIR] [--keep] [--json]
// With --dir and --keep a built database is reused by the next run of the same size.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../dist/store/open-store.js";
import {
  alignmentIndex,
  alignmentSeries,
  computedIndex,
  indexCountries,
} from "../dist/analysis/alignment-index.js";
import { COUNTRIES, generateWeightedEvents, MONTHS } from "./generate-events.mjs";
import { prng } from "./generate-articles.mjs";
import { latency } from "./latency.mjs";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (flag("--sizes") ?? "1e6,1e7").split(",").map((s) => Math.round(Number(s)));
if (sizes.some((n) => !(n > 0))) throw new Error("--sizes takes counts such as 1e6,1e7");
const runs = Number(flag("--runs") ?? 0) || 200;
const json = args.includes("--json");
const keep = args.includes("--keep");
const dir = flag("--dir") ?? mkdtempSync(join(tmpdir(), "curtain-index-bench-"));
mkdirSync(dir, { recursive: true });

const shift = (month, n) => MONTHS[Math.max(0, MONTHS.indexOf(month) + n)];

async function measure(size) {
  const db = join(dir, `index-${size}.db`);
  let buildMs = 0;
  if (!existsSync(db)) {
    const t = performance.now();
    const store = await openStore(db);
    await store.putImportedFile({
      id: "0".repeat(64),
      source: "bench/index-query.mjs",
      fetchedAt: "2026-01-01T00:00:00Z",
      title: null,
      format: "gdelt",
      contentType: null,
    });
    const inserted = await store.bulkInsertEvents(generateWeightedEvents(size, "0".repeat(64), size));
    await store.close();
    if (inserted !== size) throw new Error(`expected ${size} events inserted, got ${inserted}`);
    buildMs = performance.now() - t;
  }
  const megabytes = Math.round(statSync(db).size / 1e6);

  const store = await openStore(db, { mustExist: true });
  const next = prng(7);
  const months = Array.from({ length: runs }, () => MONTHS[12 + Math.floor(next() * (MONTHS.length - 12))]);
  const countries = Array.from({ length: runs }, () => COUNTRIES[Math.floor(next() * COUNTRIES.length)]);
  const first = MONTHS[0];
  const last = MONTHS[MONTHS.length - 1];
  // Warm-up: memberships, weights, statement caches, JIT.
  for (let i = 0; i < Math.min(5, runs); i++) {
    await alignmentIndex(store, { from: months[i], to: months[i] });
    await alignmentIndex(store, { from: first, to: last, country: countries[i] });
    await store.countryMonthRollup({ from: shift(months[i], -11), to: months[i] });
  }
  const month = await latency(runs, (i) => alignmentIndex(store, { from: months[i], to: months[i] }));
  const monthComputed = await latency(runs, (i) => computedIndex(store, { from: months[i], to: months[i] }));
  const monthBase = await latency(runs, (i) =>
    store.countryMonthRollup({ from: shift(months[i], -11), to: months[i] }),
  );
  const series = await latency(runs, (i) =>
    alignmentIndex(store, { from: first, to: last, country: countries[i] }),
  );
  const seriesSummary = await latency(runs, (i) =>
    alignmentSeries(store, { from: first, to: last, country: countries[i] }),
  );
  const seriesComputed = await latency(runs, (i) =>
    computedIndex(store, { from: first, to: last, country: countries[i] }),
  );
  const seriesBase = await latency(runs, (i) =>
    store.countryMonthRollup({ from: first, to: last, country: countries[i] }),
  );
  const sample = await alignmentIndex(store, { from: months[0], to: months[0] });
  const cells = (await store.alignmentRollup({ from: first, to: last })).length;
  await store.close();
  if (sample.length !== indexCountries().length) throw new Error("the month index lacks countries");
  if (!keep) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return {
    size,
    buildMs,
    megabytes,
    cells,
    month,
    monthComputed,
    monthBase,
    series,
    seriesSummary,
    seriesComputed,
    seriesBase,
  };
}

const results = [];
for (const size of sizes) results.push(await measure(size));
if (!keep && !flag("--dir")) rmSync(dir, { recursive: true, force: true });

const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toString());
if (json) console.log(JSON.stringify(results));
else
  for (const r of results) {
    const n = r.size.toLocaleString("en-US");
    const build = r.buildMs ? `built in ${(r.buildMs / 1000).toFixed(1)} s, ` : "reused, ";
    console.log(
      `${n} events (${build}${r.megabytes} MB, ${r.cells.toLocaleString("en-US")} alignment cells)`,
    );
    const line = (what, l) =>
      console.log(`  ${what.padEnd(64)} p50 ${ms(l.p50)} ms  p95 ${ms(l.p95)} ms  (${l.runs} runs)`);
    line(`alignmentIndex, one month, ${indexCountries().length} states`, r.month);
    line("  baseline: computedIndex, the same month from the rollup", r.monthComputed);
    line("  baseline: countryMonthRollup, the same 12-month window", r.monthBase);
    line(`alignmentIndex, one state, ${MONTHS.length} months`, r.series);
    line("alignmentSeries, the same (components summarised, as /api/countries)", r.seriesSummary);
    line("  baseline: computedIndex, the same series from the rollup", r.seriesComputed);
    line("  baseline: countryMonthRollup, the same state and months", r.seriesBase);
  }
