// Benchmark: `events` query latency and the map's country-month aggregation (p50/p95) on SQLite
// stores of 1,000,000 and 10,000,000 generated events, built through `store.bulkInsertEvents`
// (the import-gdelt path, which fills the rollup too). Baselines measured in the same run on the
// same file: the events query as one hand-written SQL statement (`actor = C OR target = C`, what the
// store ran before it split it into two index-ordered queries) through better-sqlite3, and the same
// aggregation computed from the events table with GROUP BY (what the rollup saves).
// Usage: npm run build && node bench/query.mjs [--sizes 1e6,1e7] [--runs 200] [--json] [--keep]
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { openStore } from "../dist/store/open-store.js";
import { prng } from "./generate-articles.mjs";
import { COUNTRIES, generateEvents } from "./generate-events.mjs";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (flag("--sizes") ?? "1e6,1e7").split(",").map((s) => Math.round(Number(s)));
if (sizes.some((n) => !(n > 0))) throw new Error("--sizes takes counts such as 1e6,1e7");
const runs = Number(flag("--runs") ?? 0) || 200;
const json = args.includes("--json");
const keep = args.includes("--keep");
/** The GROUP BY baseline stops after this long (at least 3 runs) when it is slow. */
const BASELINE_BUDGET_MS = 30_000;
const dir = mkdtempSync(join(tmpdir(), "curtain-query-bench-"));

/** p50 and p95 of `n` timed calls of `fn(i)`, in milliseconds. */
async function latency(n, fn, budgetMs = Infinity) {
  const times = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
    if (times.length >= 3 && performance.now() - started > budgetMs) break;
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return {
    runs: times.length,
    p50: at(0.5),
    p95: at(0.95),
    mean: times.reduce((s, x) => s + x, 0) / times.length,
  };
}

/** Random arguments, seeded, the same for Curtain and its baseline. */
function eventQueries(n, seed) {
  const next = prng(seed);
  return Array.from({ length: n }, () => {
    const a = 2008 + Math.floor(next() * 19);
    const b = 2008 + Math.floor(next() * 19);
    return {
      country: COUNTRIES[Math.floor(next() * COUNTRIES.length)],
      from: `${Math.min(a, b)}-01-01`,
      to: `${Math.max(a, b)}-12-31`,
    };
  });
}
function rollupWindows(n, seed) {
  const next = prng(seed);
  const month = (m) => `${2008 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  return Array.from({ length: n }, () => {
    const start = Math.floor(next() * (19 * 12 - 11));
    return { from: month(start), to: month(start + 11) };
  });
}

// The aggregation the rollup keeps, from the events table: each country once per event (actor,
// and target when it differs), month of sort_date, hypothetical and negated events left out.
const GROUP_BY_SQL = `
  SELECT country, month, type, count(*) AS count, sum(weight) AS weight_sum FROM (
    SELECT actor AS country, substr(sort_date, 1, 7) AS month, type, weight FROM events
      WHERE sort_date >= @from AND sort_date <= @to AND modality NOT IN ('hypothetical', 'negated')
    UNION ALL
    SELECT target, substr(sort_date, 1, 7), type, weight FROM events
      WHERE sort_date >= @from AND sort_date <= @to AND modality NOT IN ('hypothetical', 'negated')
        AND target <> actor)
  GROUP BY country, month, type ORDER BY country, month, type`;
// The events query as kysely built it for {country, from, to} and a page of 100 (+1 to see more)
// before the store split it in two (src/store/event-page-rows.ts).
const EVENTS_SQL = `
  SELECT * FROM events WHERE (actor = @country OR target = @country)
    AND sort_date >= @from AND sort_date <= @to ORDER BY sort_date, id LIMIT 101`;

async function measure(size) {
  const db = join(dir, `events-${size}.db`);
  // Build: migrations, one document the events belong to, then the bulk insert with its rollup.
  let t = performance.now();
  const store = await openStore(db);
  await store.putImportedFile({
    id: "0".repeat(64),
    source: "bench/query.mjs",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  const inserted = await store.bulkInsertEvents(generateEvents(size, "0".repeat(64), size));
  await store.close();
  const buildMs = performance.now() - t;
  if (inserted !== size) throw new Error(`expected ${size} events inserted, got ${inserted}`);
  const megabytes = Math.round(statSync(db).size / 1e6);

  // Queries on a freshly opened store, as `curtain events` and the map would open it.
  const reader = await openStore(db, { mustExist: true });
  const raw = new BetterSqlite3(db, { readonly: true });
  const eventsStatement = raw.prepare(EVENTS_SQL);
  const groupBy = raw.prepare(GROUP_BY_SQL);
  const queries = eventQueries(runs, 1);
  const windows = rollupWindows(runs, 2);

  // Warm-up (page cache, statement caches, JIT), then the timed runs.
  for (let i = 0; i < 10; i++) {
    await reader.queryEvents(queries[i % runs], { limit: 100 });
    await reader.countryMonthRollup(windows[i % runs]);
    eventsStatement.all(queries[i % runs]);
  }
  const events = await latency(runs, (i) => reader.queryEvents(queries[i], { limit: 100 }));
  const eventsRaw = await latency(runs, (i) => eventsStatement.all(queries[i]));
  const rollup = await latency(runs, (i) => reader.countryMonthRollup(windows[i]));
  // Month bounds as the rollup reads them: from the first day of `from` to the last of `to`.
  const bounds = (w) => ({ from: `${w.from}-01`, to: `${w.to}-31` });
  groupBy.all(bounds(windows[0]));
  const direct = await latency(runs, (i) => groupBy.all(bounds(windows[i])), BASELINE_BUDGET_MS);

  // Both answer the same question: check one window.
  const fromRollup = await reader.countryMonthRollup(windows[0]);
  const fromEvents = groupBy.all(bounds(windows[0]));
  const same =
    fromRollup.length === fromEvents.length &&
    fromRollup.every(
      (r, i) =>
        r.country === fromEvents[i].country &&
        r.month === fromEvents[i].month &&
        r.type === fromEvents[i].type &&
        r.count === fromEvents[i].count,
    );
  if (!same) throw new Error("the rollup and the GROUP BY over events disagree");
  const page = await reader.queryEvents(queries[0], { limit: 100 });
  if (page.events.length === 0) throw new Error("the events query matched nothing");
  raw.close();
  await reader.close();
  if (!keep) for (const file of [db, `${db}-wal`, `${db}-shm`]) rmSync(file, { force: true });
  return { size, buildMs, megabytes, rollupRows: fromRollup.length, events, eventsRaw, rollup, direct };
}

const results = [];
for (const size of sizes) results.push(await measure(size));
if (!keep) rmSync(dir, { recursive: true, force: true });

const fmt = (n) => n.toLocaleString("en-US");
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : Math.round(x).toString());
if (json) {
  const round = (l) => ({ runs: l.runs, p50: +l.p50.toFixed(3), p95: +l.p95.toFixed(3) });
  console.log(
    JSON.stringify(
      results.map((r) => ({
        events: r.size,
        buildSeconds: +(r.buildMs / 1000).toFixed(1),
        buildEventsPerSecond: Math.round(r.size / (r.buildMs / 1000)),
        megabytes: r.megabytes,
        eventsQueryMs: round(r.events),
        eventsQueryRawSqlMs: round(r.eventsRaw),
        rollupMs: round(r.rollup),
        groupByMs: round(r.direct),
      })),
    ),
  );
} else {
  console.log(
    `query benchmark: SQLite, ${runs} runs each (fewer for a slow baseline)${keep ? `, files kept in ${dir}` : ""}`,
  );
  console.log("| events | build | query | runs | p50 | p95 |");
  console.log("|---|---|---|---|---|---|");
  for (const r of results) {
    const build = `${(r.buildMs / 1000).toFixed(1)} s (${fmt(Math.round(r.size / (r.buildMs / 1000)))} events/s, ${fmt(r.megabytes)} MB)`;
    const line = (name, l) =>
      console.log(`| ${fmt(r.size)} | ${build} | ${name} | ${l.runs} | ${ms(l.p50)} ms | ${ms(l.p95)} ms |`);
    line("`queryEvents({country, from, to}, {limit: 100})`", r.events);
    line("baseline: one query, actor = C OR target = C, better-sqlite3 prepared", r.eventsRaw);
    line(`\`countryMonthRollup({from, to})\`, 12 months (${fmt(r.rollupRows)} rows)`, r.rollup);
    line("baseline: GROUP BY over the events table", r.direct);
  }
}
