// Benchmark: the alignment index read from the store's alignment rollup, at 1,000,000 and
// 10,000,000 generated events in SQLite (built through `store.bulkInsertEvents`, which fills both
// rollups). Two queries, as the API asks them: one month of every curated state (/api/index?month=)
// and one state's series over every generated month (/api/countries/{code}). Baseline in the same
// run, on the same file: the plain country-month rollup read through the store for the same months
// (`countryMonthRollup`, what the map read before there was an index), i.e. the cost of a rollup
// range read without the index's arithmetic.
// Usage: npm run build && node bench/index-query.mjs [--sizes 1e6,1e7] [--runs 200] [--dir DIR] [--keep] [--json]
// With --dir and --keep a built database is reused by the next run of the same size.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../dist/store/open-store.js";
import { alignmentIndex, indexCountries } from "../dist/analysis/alignment-index.js";
import { loadLexicon } from "../dist/coding/lexicon.js";
import { EVENT_TYPES } from "../dist/coding/event-type.js";
import { prng } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (flag("--sizes") ?? "1e6,1e7").split(",").map((s) => Math.round(Number(s)));
if (sizes.some((n) => !(n > 0))) throw new Error("--sizes takes counts such as 1e6,1e7");
const runs = Number(flag("--runs") ?? 0) || 200;
const json = args.includes("--json");
const keep = args.includes("--keep");
const dir = flag("--dir") ?? mkdtempSync(join(tmpdir(), "curtain-index-bench-"));
mkdirSync(dir, { recursive: true });

// The 40 countries of bench/query.mjs (most of them in a pole at most dates) and the 18 types, each
// with its lexicon weight times its modality factor, as the coder writes them.
const COUNTRIES = (
  "RUS UKR SRB POL DEU USA CHN TUR BLR GEO BGR HUN FRA GBR MDA ARM AZE KAZ FIN EST " +
  "LVA LTU ROU SVK CZE AUT ITA ESP NLD BEL SWE NOR IRN SYR ISR IND JPN KOR PRK BIH"
).split(" ");
const lexicon = loadLexicon();
const MODALITIES = [..."aaaaaa", "t", "p", "h", "n"].map(
  (m) => ({ a: "asserted", t: "threatened", p: "planned", h: "hypothetical", n: "negated" })[m],
);
const FIRST_DAY = Date.UTC(2008, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 11, 31) - FIRST_DAY) / 86_400_000) + 1;
const MONTHS = Array.from(
  { length: 19 * 12 },
  (_, i) => `${2008 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
);

/** `count` event rows, seeded: distinct actor and target, uniform type and day, 1-5 sources. */
function* generate(count, documentId, seed) {
  const next = prng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const actor = pick(COUNTRIES);
    let target = pick(COUNTRIES);
    if (target === actor) target = COUNTRIES[(COUNTRIES.indexOf(actor) + 1) % COUNTRIES.length];
    const type = pick(EVENT_TYPES);
    const modality = pick(MODALITIES);
    const date = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const text = `${actor} and ${target}, ${type.toLowerCase()} on ${date} (${i}).`;
    const sources = 1 + Math.floor(next() * next() * 5);
    yield {
      id: `bench-${String(i).padStart(9, "0")}`,
      document_id: documentId,
      type,
      actor,
      target,
      actor_text: actor,
      target_text: target,
      actor_role: "GOV",
      modality,
      date,
      date_source: "text",
      sort_date: date,
      location_name: null,
      location_country: null,
      weapon: null,
      cameo: null,
      plover: null,
      weight: lexicon.types[type].weight * lexicon.modalityFactor[modality],
      confidence: 0.5 + Math.round(next() * 50) / 100,
      evidence_text: text,
      evidence_start: 0,
      evidence_end: text.length,
      mentions: "[]",
      source_url: null,
      cluster_id: null,
      num_mentions: sources,
      num_sources: sources,
    };
  }
}

/** p50 and p95 of `n` timed calls of `fn(i)`, in milliseconds. */
async function latency(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { runs: times.length, p50: at(0.5), p95: at(0.95) };
}

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
    const inserted = await store.bulkInsertEvents(generate(size, "0".repeat(64), size));
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
  const monthBase = await latency(runs, (i) =>
    store.countryMonthRollup({ from: shift(months[i], -11), to: months[i] }),
  );
  const series = await latency(runs, (i) =>
    alignmentIndex(store, { from: first, to: last, country: countries[i] }),
  );
  const seriesBase = await latency(runs, (i) =>
    store.countryMonthRollup({ from: first, to: last, country: countries[i] }),
  );
  const sample = await alignmentIndex(store, { from: months[0], to: months[0] });
  const cells = (await store.alignmentRollup({ from: first, to: last })).length;
  await store.close();
  if (sample.length !== indexCountries().length) throw new Error("the month index lacks countries");
  if (!keep) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  return { size, buildMs, megabytes, cells, month, monthBase, series, seriesBase };
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
    line("  baseline: countryMonthRollup, the same 12-month window", r.monthBase);
    line(`alignmentIndex, one state, ${MONTHS.length} months`, r.series);
    line("  baseline: countryMonthRollup, the same state and months", r.seriesBase);
  }
