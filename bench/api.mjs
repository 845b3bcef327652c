// Benchmark: the HTTP API over SQLite stores of generated events (1,000,000 by default; 10,000,000
// with --sizes 1e7), built through `store.bulkInsertEvents` (the import-gdelt path, which fills the
// country-month and alignment rollups). The server runs in this process on 127.0.0.1 (a free port);
// nothing listens elsewhere.
//  1. Latency p50/p95 of GET /api/index?month=M (every curated state, a random month) and of
//     GET /api/countries/{code} (a random generated state: memberships, 60-month index series, the
//     20 most recent events), one request at a time over a keep-alive connection. Baseline in the
//     same run: the same queries through the store without HTTP (alignmentIndex, queryEvents).
//  2. Load runs with autocannon (--connections, default 50, for --duration seconds, default 30;
//     bounded by both, and by a 10 s request timeout), the two routes alternating over 1,000
//     seeded requests: requests/s, p99 and errors (socket errors, timeouts and non-2xx answers), once
//     against a server as `curtain serve` runs by default (index answers reused for 10 s, see
//     src/server/cached-index.ts) and once against one computing every answer (as the latency runs
//     do). Baseline in the same run: the same request sequence through the store without HTTP, as
//     many at once as connections, for the same time.
// Usage: npm run build && node bench/api.mjs [--sizes 1e6,1e7] [--runs 200] [--connections 50]
//        [--duration 30] [--months 228] [--dir DIR] [--keep] [--json]
// With --dir and --keep a database built before is reused by the next run of the same size.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { alignmentIndex, indexCountries } from "../dist/analysis/alignment-index.js";
import { apiIndexSource } from "../dist/server/api-index-source.js";
import { buildApp } from "../dist/server/app.js";
import { DEFAULT_INDEX_CACHE_SECONDS } from "../dist/server/server-options.js";
import { openStore } from "../dist/store/open-store.js";
import { COUNTRIES, generateWeightedEvents, MONTHS } from "./generate-events.mjs";
import { prng } from "./generate-articles.mjs";
import { latency } from "./latency.mjs";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = (flag("--sizes") ?? "1e6").split(",").map((s) => Math.round(Number(s)));
if (sizes.some((n) => !(n > 0))) throw new Error("--sizes takes counts such as 1e6,1e7");
const runs = Number(flag("--runs") ?? 0) || 200;
const connections = Number(flag("--connections") ?? 0) || 50;
const duration = Number(flag("--duration") ?? 0) || 30;
/** The load runs ask for the latest this many generated months (a map's slider); default all 228. */
const loadMonths = Number(flag("--months") ?? 0) || 228;
const json = args.includes("--json");
const keep = args.includes("--keep");
const dir = flag("--dir") ?? mkdtempSync(join(tmpdir(), "curtain-api-bench-"));
mkdirSync(dir, { recursive: true });
const HOST = "127.0.0.1";

async function build(db, size) {
  const t = performance.now();
  const store = await openStore(db);
  await store.putImportedFile({
    id: "0".repeat(64),
    source: "bench/api.mjs",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  const inserted = await store.bulkInsertEvents(
    generateWeightedEvents(size, "0".repeat(64), size, { sources: false }),
  );
  await store.close();
  if (inserted !== size) throw new Error(`expected ${size} events inserted, got ${inserted}`);
  return performance.now() - t;
}

/** GET over one keep-alive connection; rejects on anything but 200. */
function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, agent }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        res.statusCode === 200
          ? resolve(Buffer.concat(chunks))
          : reject(new Error(`${path}: ${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 200)}`)),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** The same request sequence for HTTP and the baseline: index months and states, alternating. */
function workload(n, seed, months = MONTHS) {
  const next = prng(seed);
  return Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { kind: "index", month: months[Math.floor(next() * months.length)] }
      : {
          kind: "country",
          code: COUNTRIES[Math.floor(next() * COUNTRIES.length)],
        },
  );
}
const pathOf = (w) => (w.kind === "index" ? `/api/index?month=${w.month}` : `/api/countries/${w.code}`);
const thisMonth = new Date().toISOString().slice(0, 7);
const sixtyBack = (() => {
  const [y, m] = thisMonth.split("-").map(Number);
  const i = y * 12 + m - 1 - 59;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
})();
/** What each route asks the store, without HTTP, routing, validation or JSON. */
function direct(store, w) {
  return w.kind === "index"
    ? alignmentIndex(store, { from: w.month, to: w.month })
    : Promise.all([
        alignmentIndex(store, {
          from: sixtyBack,
          to: thisMonth,
          country: w.code,
        }),
        store.queryEvents({ country: w.code }, { limit: 20, order: "desc" }),
      ]);
}

/** As many store calls at once as `concurrency`, for `seconds`: calls/s and p99. */
async function directLoad(store, sequence, concurrency, seconds) {
  const until = performance.now() + seconds * 1000;
  const times = [];
  let errors = 0;
  let k = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const w = sequence[k++ % sequence.length];
        const t = performance.now();
        try {
          const r = await direct(store, w);
          JSON.stringify(r);
        } catch {
          errors++;
        }
        times.push(performance.now() - t);
      }
    }),
  );
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: times.length / seconds,
    p99: times[Math.min(times.length - 1, Math.ceil(0.99 * times.length) - 1)],
    errors,
  };
}

async function measure(size) {
  const db = join(dir, `api-${size}.db`);
  const buildMs = existsSync(db) ? null : await build(db, size);
  const megabytes = Math.round(statSync(db).size / 1e6);
  const store = await openStore(db, { mustExist: true });
  // Two servers over the same store: one computing every answer (the latency runs, and a load run),
  // one as `curtain serve` runs by default, reusing index answers for 10 s.
  const serve = async (indexCacheSeconds) => {
    const server = await buildApp(store, apiIndexSource(store), {
      token: null,
      corsOrigins: [],
      rateLimitPerMinute: null,
      maxBodyBytes: 1024,
      logLevel: false,
      indexCacheSeconds,
    });
    await server.listen({ host: HOST, port: 0 });
    return server;
  };
  const app = await serve(0);
  const cachedApp = await serve(DEFAULT_INDEX_CACHE_SECONDS);
  const port = app.server.address().port;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const months = workload(runs * 2, 1).filter((w) => w.kind === "index");
    const states = workload(runs * 2, 2).filter((w) => w.kind === "country");
    // Warm-up: page cache, statement caches, the structural parts, the JIT.
    for (let i = 0; i < 20; i++) {
      await get(agent, port, pathOf(months[i]));
      await get(agent, port, pathOf(states[i]));
      await direct(store, months[i]);
      await direct(store, states[i]);
    }
    const indexHttp = await latency(runs, (i) => get(agent, port, pathOf(months[i])));
    const indexDirect = await latency(runs, (i) => direct(store, months[i]));
    const countryHttp = await latency(runs, (i) => get(agent, port, pathOf(states[i])));
    const countryDirect = await latency(runs, (i) => direct(store, states[i]));

    const sequence = workload(1000, 3, MONTHS.slice(-loadMonths));
    const loadRun = async (p) => {
      const load = await autocannon({
        url: `http://${HOST}:${p}`,
        connections,
        duration,
        timeout: 10,
        requests: sequence.map((w) => ({ method: "GET", path: pathOf(w) })),
      });
      return {
        connections,
        seconds: duration,
        requestsPerSecond: load.requests.average,
        requests: load.requests.total,
        p99: load.latency.p99,
        errors: load.errors + load.timeouts + load.non2xx,
        non2xx: load.non2xx,
        timeouts: load.timeouts,
      };
    };
    const load = await loadRun(port);
    const cachedLoad = await loadRun(cachedApp.server.address().port);
    const baseline = await directLoad(store, sequence, connections, duration);
    return {
      size,
      megabytes,
      buildSeconds: buildMs === null ? null : buildMs / 1000,
      index: { http: indexHttp, direct: indexDirect },
      country: { http: countryHttp, direct: countryDirect },
      load,
      cachedLoad,
      loadBaseline: baseline,
    };
  } finally {
    agent.destroy();
    await cachedApp.close().catch(() => undefined);
    await app.close().catch(() => undefined);
    if (!keep) for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  }
}

const ms = (x) => `${x.toFixed(1)} ms`;
const results = [];
for (const size of sizes) {
  const r = await measure(size);
  results.push(r);
  if (!json) {
    console.log(
      `${size.toLocaleString("en")} events (load runs over the latest ${loadMonths} months; ${r.megabytes} MB SQLite${r.buildSeconds === null ? ", reused" : `, built in ${r.buildSeconds.toFixed(0)} s`}), ${indexCountries().length} curated states:`,
    );
    console.log(
      `  GET /api/index?month=       p50 ${ms(r.index.http.p50)}, p95 ${ms(r.index.http.p95)}   (store alone: p50 ${ms(r.index.direct.p50)}, p95 ${ms(r.index.direct.p95)})`,
    );
    console.log(
      `  GET /api/countries/{code}   p50 ${ms(r.country.http.p50)}, p95 ${ms(r.country.http.p95)}   (store alone: p50 ${ms(r.country.direct.p50)}, p95 ${ms(r.country.direct.p95)})`,
    );
    console.log(
      `  load, ${connections} connections x ${duration} s, index reused for ${DEFAULT_INDEX_CACHE_SECONDS} s (the default): ${r.cachedLoad.requestsPerSecond.toFixed(0)} requests/s, p99 ${r.cachedLoad.p99} ms, ${r.cachedLoad.errors} errors (${r.cachedLoad.requests} requests)`,
    );
    console.log(
      `  load, ${connections} connections x ${duration} s, every answer computed: ${r.load.requestsPerSecond.toFixed(0)} requests/s, p99 ${r.load.p99} ms, ${r.load.errors} errors (${r.load.requests} requests)` +
        `   (store alone, ${connections} at once: ${r.loadBaseline.requestsPerSecond.toFixed(0)} calls/s, p99 ${ms(r.loadBaseline.p99)}, ${r.loadBaseline.errors} errors)`,
    );
  }
}
if (json) console.log(JSON.stringify(results, null, 2));
if (!keep && !flag("--dir")) rmSync(dir, { recursive: true, force: true });
