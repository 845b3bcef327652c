// Benchmark: the HTTP API over SQLite stores of generated events (1,000,000 by default; 10,000,000
// with --sizes 1e7), built through `store.bulkInsertEvents` (the import-gdelt path, which fills the
// country-month and alignment rollups). The server runs in this process on 127.0.0.1 (a free port);
// nothing listens elsewhere.
//  1. Latency p50/p95 of GET /api/index?month=M (every curated state, a random month) and of
//     GET /api/countries/{code} (a random generated state: memberships, 60-month index series, the
//     20 most recent events), one request at a time over a keep-alive connection. Baseline in the
//     same run: the same queries through the store without HTTP (alignmentIndexJson, alignmentSeries and queryEvents, what the routes call).
//  2. Load runs with autocannon (--connections, default 50, for --duration seconds, default 30;
//     bounded by both, and by a 10 s request timeout), the two routes alternating over 1,000
//     seeded requests: requests/s, p99 and errors (socket errors, timeouts and non-2xx answers),
//     against the server as `curtain serve` runs it. Baseline in the same run: the same request
//     sequence through the store without HTTP, as many at once as connections, for the same time.
//  The CPU time of the process (server, client and baseline share it) is printed beside each part.
// Usage: npm run build && node bench/api.mjs [--sizes 1e6,1e7] [--runs 200] [--connections 50]
//        [--duration 30] [--months 228] [--dir DIR] [--keep] [--json]
// With --dir and --keep a database built before is reused by the next run of the same size.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { alignmentIndexJson, alignmentSeries, indexCountries } from "../dist/analysis/alignment-index.js";
import { apiIndexSource } from "../dist/server/api-index-source.js";
import { buildApp } from "../dist/server/app.js";
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

const cpuMs = (u) => (u.user + u.system) / 1000;

/** The latency of `run()` with the process's CPU time per call (all threads). */
async function withCpu(run) {
  const cpu = process.cpuUsage();
  const l = await run();
  return { ...l, cpuMsPerRequest: cpuMs(process.cpuUsage(cpu)) / l.runs };
}

/**
 * GET over one keep-alive connection; resolves with the body's size, rejects on anything but 200.
 * The body is read, not kept (joining ~0.5 MB per answer would be the client's cost, not the server's).
 */
function get(agent, port, path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: HOST, port, path, agent }, (res) => {
      let bytes = 0;
      let start = "";
      res.on("data", (c) => {
        bytes += c.length;
        if (start.length < 200) start += c.toString().slice(0, 200);
      });
      res.on("end", () =>
        res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode} ${start}`)),
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
/** What each route asks the store, without HTTP, routing or validation. */
function direct(store, w) {
  return w.kind === "index"
    ? alignmentIndexJson(store, { from: w.month, to: w.month })
    : Promise.all([
        alignmentSeries(store, {
          from: sixtyBack,
          to: thisMonth,
          country: w.code,
        }),
        store.queryEvents({ country: w.code }, { limit: 20, order: "desc" }),
      ]);
}

/** As many store calls at once as `concurrency`, for `seconds`: calls/s and p99. */
async function directLoad(store, sequence, concurrency, seconds) {
  const cpu = process.cpuUsage();
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
    cpuMsPerRequest: cpuMs(process.cpuUsage(cpu)) / Math.max(1, times.length),
  };
}

async function measure(size) {
  const db = join(dir, `api-${size}.db`);
  const buildMs = existsSync(db) ? null : await build(db, size);
  const megabytes = Math.round(statSync(db).size / 1e6);
  const store = await openStore(db, { mustExist: true });
  const app = await buildApp(store, apiIndexSource(store), {
    token: null,
    corsOrigins: [],
    rateLimitPerMinute: null,
    maxBodyBytes: 1024,
    logLevel: false,
  });
  await app.listen({ host: HOST, port: 0 });
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
    const indexHttp = await withCpu(() => latency(runs, (i) => get(agent, port, pathOf(months[i]))));
    const indexDirect = await withCpu(() => latency(runs, (i) => direct(store, months[i])));
    const countryHttp = await withCpu(() => latency(runs, (i) => get(agent, port, pathOf(states[i]))));
    const countryDirect = await withCpu(() => latency(runs, (i) => direct(store, states[i])));

    const sequence = workload(1000, 3, MONTHS.slice(-loadMonths));
    const loadRun = async (p) => {
      const cpu = process.cpuUsage();
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
        // autocannon's errors include its timeouts.
        errors: load.errors + load.non2xx,
        non2xx: load.non2xx,
        timeouts: load.timeouts,
        cpuMsPerRequest: cpuMs(process.cpuUsage(cpu)) / Math.max(1, load.requests.total),
      };
    };
    const load = await loadRun(port);
    const baseline = await directLoad(store, sequence, connections, duration);
    return {
      size,
      megabytes,
      buildSeconds: buildMs === null ? null : buildMs / 1000,
      index: { http: indexHttp, direct: indexDirect },
      country: { http: countryHttp, direct: countryDirect },
      load,
      loadBaseline: baseline,
      uptime: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
    };
  } finally {
    agent.destroy();
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
    const cpu = (l) => `${l.cpuMsPerRequest.toFixed(1)} ms CPU`;
    console.log(
      `  GET /api/index?month=       p50 ${ms(r.index.http.p50)}, p95 ${ms(r.index.http.p95)}, ${cpu(r.index.http)}   (store alone: p50 ${ms(r.index.direct.p50)}, p95 ${ms(r.index.direct.p95)}, ${cpu(r.index.direct)})`,
    );
    console.log(
      `  GET /api/countries/{code}   p50 ${ms(r.country.http.p50)}, p95 ${ms(r.country.http.p95)}, ${cpu(r.country.http)}   (store alone: p50 ${ms(r.country.direct.p50)}, p95 ${ms(r.country.direct.p95)}, ${cpu(r.country.direct)})`,
    );
    console.log(
      `  load, ${connections} connections x ${duration} s: ${r.load.requestsPerSecond.toFixed(0)} requests/s, p99 ${r.load.p99} ms, ${r.load.errors} errors (${r.load.timeouts} timeouts, ${r.load.non2xx} non-2xx; ${r.load.requests} requests), ${cpu(r.load)} per request with the client` +
        `   (store alone, ${connections} at once: ${r.loadBaseline.requestsPerSecond.toFixed(0)} calls/s, p99 ${ms(r.loadBaseline.p99)}, ${r.loadBaseline.errors} errors, ${cpu(r.loadBaseline)})`,
    );
    console.log(`  load average at the end: ${r.uptime}`);
  }
}
if (json) console.log(JSON.stringify(results, null, 2));
if (!keep && !flag("--dir")) rmSync(dir, { recursive: true, force: true });
