// Benchmark: `curtain import-gdelt` throughput (rows/s) into a fresh SQLite file, on a generated
// GDELT 2.0 export of 1,000,000 rows in the exact 61-column layout (seeded, deterministic),
// next to two baselines measured in the same run on the same file: reading and splitting its
// lines and fields alone, and a raw better-sqlite3 insert of the same rows into a one-table schema.
// Usage: npm run build && node bench/gdelt-import.mjs [--rows 1000000] [--json] [--keep]
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { main } from "../dist/cli/main.js";
import { prng } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const rows = Number(args[args.indexOf("--rows") + 1] ?? 0) || 1_000_000;
const json = args.includes("--json");
const dir = mkdtempSync(join(tmpdir(), "curtain-gdelt-bench-"));
const file = join(dir, "20220224.export.CSV");

/** The seeded generator of the article benchmark, so that every run reads the same file. */
const random = prng;

// CAMEO country code, name, FIPS 10-4 code, latitude, longitude.
const COUNTRIES = [
  ["RUS", "RUSSIA", "RS", 60, 100],
  ["UKR", "UKRAINE", "UP", 49, 32],
  ["SRB", "SERBIA", "RI", 44, 21],
  ["POL", "POLAND", "PL", 52, 20],
  ["DEU", "GERMANY", "GM", 51, 9],
  ["USA", "UNITED STATES", "US", 38, -97],
  ["CHN", "CHINA", "CH", 35, 105],
  ["TUR", "TURKEY", "TU", 39, 35],
  ["BLR", "BELARUS", "BO", 53, 28],
  ["GEO", "GEORGIA", "GG", 42, 43.5],
  ["BGR", "BULGARIA", "BU", 43, 25],
  ["HUN", "HUNGARY", "HU", 47, 20],
  ["FRA", "FRANCE", "FR", 46, 2],
  ["GBR", "UNITED KINGDOM", "UK", 54, -2],
  ["MDA", "MOLDOVA", "MD", 47, 29],
  ["ARM", "ARMENIA", "AM", 40, 45],
  ["AZE", "AZERBAIJAN", "AJ", 40.5, 47.5],
  ["KAZ", "KAZAKHSTAN", "KZ", 48, 68],
  ["FIN", "FINLAND", "FI", 64, 26],
  ["EST", "ESTONIA", "EN", 59, 26],
];
// Event codes with their Goldstein scores and a weight: roughly the shares of CAMEO root codes on a
// real GDELT day (statements 01x, consultations 04x and appeals/intents 02x-03x dominate).
const CODES = [
  ["010", 0, 10],
  ["012", -0.4, 3],
  ["014", 0, 3],
  ["020", 3, 3],
  ["036", 4, 6],
  ["040", 1, 8],
  ["042", 1.9, 6],
  ["043", 2.8, 6],
  ["046", 7, 2],
  ["051", 3.4, 3],
  ["057", 8, 2],
  ["061", 6.4, 1],
  ["062", 7.4, 0.5],
  ["070", 7, 1],
  ["071", 7.4, 1],
  ["072", 8.3, 0.5],
  ["073", 7.4, 1],
  ["084", 7, 2],
  ["090", -2, 1],
  ["100", -5, 2],
  ["111", -2, 2],
  ["112", -2, 3],
  ["120", -4, 3],
  ["130", -4.4, 1],
  ["138", -7, 1],
  ["141", -6.5, 2],
  ["150", -7.2, 0.3],
  ["154", -7.2, 0.2],
  ["160", -4, 0.5],
  ["163", -8, 0.5],
  ["166", -7, 0.5],
  ["173", -5, 4],
  ["176", -5, 0.2],
  ["180", -9, 2],
  ["190", -10, 3],
  ["192", -9.5, 0.5],
  ["193", -10, 2],
  ["195", -10, 1],
  ["202", -10, 0.1],
];
// Codes every one of which maps to a type, for the run where every row is stored.
const MAPPED = CODES.filter(([c]) => /^(04|05|061|062|07|11[0124]|13|15[024]|16|176|19|20)/.test(c));
const TYPES = ["GOV", "MIL", "MED", "BUS", "OPP", "", "", ""];

/**
 * Writes `count` rows. Realistic mix: codes by the weights above, Actor1's country blank in 30% of
 * rows and Actor2's in 35% (GDELT codes many actors without one), 85% of dates within the file's
 * week and the rest within the year before. `allStored`: every code mapped, both countries set.
 */
function generate(path, count, allStored) {
  const next = random(allStored ? 1 : 20220224);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const codes = allStored ? MAPPED : CODES;
  const total = codes.reduce((n, c) => n + c[2], 0);
  const pickCode = () => {
    let r = next() * total;
    for (const c of codes) if ((r -= c[2]) < 0) return c;
    return codes[0];
  };
  const end = Date.UTC(2022, 1, 24);
  const fd = openSync(path, "w");
  let lines = [];
  for (let i = 0; i < count; i++) {
    const a = pick(COUNTRIES);
    const b = pick(COUNTRIES);
    const [code, goldstein] = pickCode();
    const back = next() < 0.85 ? Math.floor(next() * 7) : Math.floor(next() * 365);
    const day = new Date(end - back * 86_400_000);
    const ymd = day.toISOString().slice(0, 10).replaceAll("-", "");
    const noActor = !allStored && next() < 0.3;
    const noTarget = !allStored && next() < 0.35;
    const where = next() < 0.5 ? b : a;
    const geo = (c) => [
      4,
      c[1],
      c[2],
      `${c[2]}00`,
      "",
      c[3].toFixed(4),
      c[4].toFixed(4),
      `${c[2]}-${i % 97}`,
    ];
    const mentions = 1 + Math.floor(next() * 20);
    const quad = code < "06" ? 1 : code < "09" ? 2 : code < "14" ? 3 : 4;
    const fields = [
      String(1_000_000_000 + i),
      ymd,
      ymd.slice(0, 6),
      ymd.slice(0, 4),
      (Number(ymd.slice(0, 4)) + (day.getUTCMonth() * 30 + day.getUTCDate()) / 365).toFixed(4),
      noActor ? "" : a[0] + pick(TYPES),
      noActor ? "" : a[1],
      noActor ? "" : a[0],
      "",
      "",
      "",
      "",
      pick(TYPES),
      "",
      "",
      noTarget ? "" : b[0] + pick(TYPES),
      noTarget ? "" : b[1],
      noTarget ? "" : b[0],
      "",
      "",
      "",
      "",
      pick(TYPES),
      "",
      "",
      "1",
      code,
      code.slice(0, 3),
      code.slice(0, 2),
      String(quad),
      String(goldstein),
      String(mentions),
      String(1 + (mentions >> 2)),
      String(mentions),
      (next() * 20 - 10).toFixed(6),
      ...geo(a),
      ...geo(b),
      ...geo(where),
      `${ymd}${String(i % 24).padStart(2, "0")}1500`,
      `https://news.example.org/${ymd.slice(0, 4)}/${ymd.slice(4, 6)}/story-${i.toString(36)}.html`,
    ];
    lines.push(fields.join("\t"));
    if (lines.length === 10_000) {
      writeSync(fd, lines.join("\n") + "\n");
      lines = [];
    }
  }
  if (lines.length) writeSync(fd, lines.join("\n") + "\n");
  closeSync(fd);
}

let t = performance.now();
generate(file, rows, false);
const generateMs = performance.now() - t;
const bytes = statSync(file).size;

/** CPU time of this process so far, ms (user + system): steadier than wall time on a shared machine. */
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// Baseline 1: read the file and split every line into its 61 fields, nothing else.
t = performance.now();
let c = cpuNow();
let fieldCount = 0;
{
  const text = readFileSync(file);
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + 8 * 1024 * 1024, text.length);
    end = text.indexOf(0x0a, end - 1) + 1 || text.length;
    for (const line of text.toString("utf8", start, end).split("\n"))
      if (line) fieldCount += line.split("\t").length;
    start = end;
  }
}
const splitMs = performance.now() - t;
const splitCpu = cpuNow() - c;
if (fieldCount !== rows * 61) throw new Error(`the generated file is not ${rows} x 61 fields`);

// Baseline 2: the same rows into a one-table schema (id primary key plus the columns Curtain keeps),
// one prepared INSERT OR IGNORE, one transaction per 50,000 rows, no secondary indexes, no rollup.
t = performance.now();
c = cpuNow();
{
  const raw = new BetterSqlite3(join(dir, "raw.db"));
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.exec(
    "CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, actor TEXT, target TEXT, cameo TEXT, weight REAL, source_url TEXT)",
  );
  const insert = raw.prepare("INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?)");
  const batch = raw.transaction((fields) => {
    for (const f of fields) insert.run(`gdelt-${f[0]}`, f[1], f[7], f[17], f[26], Number(f[30]), f[60]);
  });
  const text = readFileSync(file);
  let pending = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + 8 * 1024 * 1024, text.length);
    end = text.indexOf(0x0a, end - 1) + 1 || text.length;
    for (const line of text.toString("utf8", start, end).split("\n")) {
      if (!line) continue;
      pending.push(line.split("\t"));
      if (pending.length === 50_000) {
        batch(pending);
        pending = [];
      }
    }
    start = end;
  }
  batch(pending);
  raw.close();
}
const rawMs = performance.now() - t;
const rawCpu = cpuNow() - c;

/** Curtain: the command line itself, in process, into a fresh SQLite file (migrations included). */
async function importInto(path, db) {
  let summary = "";
  const started = performance.now();
  const cpuStarted = cpuNow();
  const code = await main(["import-gdelt", path, "--db", db], {
    out: () => {},
    err: (s) => void (summary += s),
  });
  const ms = performance.now() - started;
  const cpu = cpuNow() - cpuStarted;
  if (code !== 0) throw new Error(`import-gdelt exited ${code}: ${summary}`);
  const check = new BetterSqlite3(db, { readonly: true });
  const stored = check.prepare("SELECT count(*) AS n FROM events").get().n;
  check.close();
  return { ms, cpu, stored };
}

const db = join(dir, "curtain.db");
const { ms: curtainMs, cpu: curtainCpu, stored } = await importInto(file, db);
// A second run of the same file: everything is already there.
const { ms: againMs, cpu: againCpu } = await importInto(file, db);
// The worst case: a file whose every row becomes an event.
const allFile = join(dir, "20220225.export.CSV");
generate(allFile, rows, true);
const { ms: allMs, cpu: allCpu, stored: allStored } = await importInto(allFile, join(dir, "all.db"));
if (allStored !== rows) throw new Error(`expected every row stored, got ${allStored}`);

if (!args.includes("--keep")) rmSync(dir, { recursive: true, force: true });

const perSecond = (ms) => Math.round(rows / (ms / 1000));
const result = {
  rows,
  megabytes: +(bytes / 1e6).toFixed(1),
  storedEvents: stored,
  curtainRowsPerSecond: perSecond(curtainMs),
  curtainEventsPerSecond: Math.round(stored / (curtainMs / 1000)),
  reimportRowsPerSecond: perSecond(againMs),
  allStoredRowsPerSecond: perSecond(allMs),
  splitRowsPerSecond: perSecond(splitMs),
  rawSqliteRowsPerSecond: perSecond(rawMs),
  cpuMs: {
    curtain: Math.round(curtainCpu),
    reimport: Math.round(againCpu),
    allStored: Math.round(allCpu),
    rawSqlite: Math.round(rawCpu),
    split: Math.round(splitCpu),
  },
  generateSeconds: +(generateMs / 1000).toFixed(1),
};
if (json) console.log(JSON.stringify(result));
else {
  const fmt = (n) => n.toLocaleString("en-US");
  console.log(
    `GDELT import: ${fmt(rows)} rows, ${result.megabytes} MB; realistic mix: ${fmt(stored)} events stored ` +
      `(${fmt(result.curtainEventsPerSecond)} events/s)`,
  );
  console.log("| run | rows/s | time | vs. raw insert | CPU time | CPU vs. raw insert |");
  console.log("|---|---|---|---|---|---|");
  const row = (name, ms, cpu) =>
    console.log(
      `| ${name} | ${fmt(perSecond(ms))} | ${(ms / 1000).toFixed(2)} s | ${(ms / rawMs).toFixed(2)}× | ` +
        `${(cpu / 1000).toFixed(2)} s | ${(cpu / rawCpu).toFixed(2)}× |`,
    );
  row("curtain import-gdelt (fresh SQLite)", curtainMs, curtainCpu);
  row("curtain import-gdelt again (all present)", againMs, againCpu);
  row("curtain import-gdelt, every row an event", allMs, allCpu);
  row("baseline: raw better-sqlite3 insert, one table", rawMs, rawCpu);
  row("baseline: read + split lines and fields", splitMs, splitCpu);
}
