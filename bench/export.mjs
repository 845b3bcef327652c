// Benchmark: `curtain events` exporting 1,000,000 events (SQLite, generated through
// `store.bulkInsertEvents` as in query.mjs) to readers of three kinds, the CLI run as a process:
//   fast  reads as fast as it can;
//   slow  reads nothing for 10 s, then 64 KiB every 20 ms (~3 MB/s) for 20 s, then as fast as it can;
//   head  `curtain events ... | head -3`: how long until the pipeline returns.
// Peak RSS is the child's VmHWM (Linux /proc), polled every 50 ms. Baselines in the same run, on the
// same file and readers: a plain Node process iterating the same rows with better-sqlite3 and writing
// them as JSON lines with backpressure (what an export costs at least), and `curtain --version`
// (what starting the command costs, against the head latency).
// Usage: npm run build && node bench/export.mjs [--events 1e6] [--format ndjson] [--db FILE] [--keep] [--json]
import { spawn } from "node:child_process";
import { clearInterval, setInterval, setTimeout } from "node:timers";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../dist/store/open-store.js";
import { generateEvents } from "./generate-events.mjs";

const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Math.round(Number(flag("--events") ?? 1e6));
const format = flag("--format") ?? "ndjson";
const json = args.includes("--json");
const keep = args.includes("--keep");
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-export-bench-"));
const db = flag("--db") ?? join(dir, `events-${count}.db`);

/** The raw baseline: the same rows in the same order, one JSON line each, awaiting 'drain'. */
const BASELINE = `
  const db = new (require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))}))(process.argv[1], { readonly: true });
  const rows = db.prepare("SELECT * FROM events ORDER BY sort_date, id").iterate();
  (async () => {
    let lines = [];
    for (const row of rows) {
      lines.push(JSON.stringify(row));
      if (lines.length < 500) continue;
      if (!process.stdout.write(lines.join("\\n") + "\\n")) await new Promise((r) => process.stdout.once("drain", r));
      lines = [];
    }
    process.stdout.write(lines.join("\\n") + "\\n");
  })();`;

async function build() {
  if (existsSync(db)) return 0;
  const t = performance.now();
  const store = await openStore(db);
  const documentId = "0".repeat(64);
  await store.putImportedFile({
    id: documentId,
    source: "bench/export.mjs",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  const inserted = await store.bulkInsertEvents(generateEvents(count, documentId, count));
  await store.close();
  if (inserted !== count) throw new Error(`expected ${count} events inserted, got ${inserted}`);
  return performance.now() - t;
}

/** Peak resident memory of a live process so far, in MB (VmHWM); 0 once it is gone. */
function peakMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `argv` and reads its stdout as `reader` says; the peak RSS, bytes read, lines and seconds. */
function measure(argv, reader) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, peakMb(child.pid))), 50);
    let bytes = 0;
    let lines = 0;
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const out = child.stdout;
    out.on("data", (d) => {
      bytes += d.length;
      for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    });
    if (reader === "slow") {
      // Not a byte for 10 s, then 64 KiB every 20 ms for 20 s, then everything.
      out.pause();
      setTimeout(() => {
        const tick = setInterval(() => {
          out.read(64 * 1024);
        }, 20);
        out.on("readable", () => undefined);
        setTimeout(() => {
          clearInterval(tick);
          out.removeAllListeners("readable");
          out.resume();
        }, 20_000);
      }, 10_000);
    }
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`exit ${code}: ${stderr}`));
      else resolve({ peak, bytes, lines, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** Seconds until `curtain ... | head -3` returns, median of three. */
async function headLatency(argv) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await new Promise((resolve, reject) => {
      const quoted = [process.execPath, ...argv].map((a) => `'${a}'`).join(" ");
      const sh = spawn("sh", ["-c", `${quoted} | head -3 > /dev/null`], { cwd: dir, stdio: "ignore" });
      sh.on("error", reject);
      sh.on("close", resolve);
    });
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b)[1];
}

const buildMs = await build();
const curtain = [BIN, "events", "--db", db, "--format", format];
const baseline = ["-e", BASELINE, db];
const results = {
  events: count,
  format,
  buildSeconds: +(buildMs / 1000).toFixed(1),
  fast: await measure(curtain, "fast"),
  fastBaseline: await measure(baseline, "fast"),
  slow: await measure(curtain, "slow"),
  slowBaseline: await measure(baseline, "slow"),
  headSeconds: await headLatency(curtain),
  versionSeconds: await headLatency([BIN, "--version"]),
};
if (!keep) rmSync(dir, { recursive: true, force: true });

if (json) console.log(JSON.stringify(results));
else {
  const row = (name, r) =>
    console.log(
      `| ${name} | ${r.seconds.toFixed(1)} s | ${Math.round(r.peak)} MB | ${(r.bytes / 1e6).toFixed(0)} MB, ${r.lines.toLocaleString("en-US")} lines |`,
    );
  console.log(
    `export benchmark: ${count.toLocaleString("en-US")} events, --format ${format}, SQLite` +
      (buildMs ? ` (built in ${results.buildSeconds} s)` : "") +
      (keep ? `, files kept in ${dir}` : ""),
  );
  console.log("| run | time | peak RSS | output |");
  console.log("|---|---|---|---|");
  row("`curtain events`, fast reader", results.fast);
  row("baseline: better-sqlite3 rows as JSON lines, fast reader", results.fastBaseline);
  row("`curtain events`, slow reader", results.slow);
  row("baseline, slow reader", results.slowBaseline);
  console.log(`| \`curtain events | head -3\` returns after | ${results.headSeconds.toFixed(2)} s | | |`);
  console.log(`| baseline: \`curtain --version | head -3\` | ${results.versionSeconds.toFixed(2)} s | | |`);
}
