// Benchmark: ingest throughput (articles/s) of generated ~600-word articles through
// `ingestIntoStore` (sha256, presence check, extract, one transaction per document with its events
// and rollup) into a fresh SQLite file and, when reachable, a fresh PostgreSQL schema; one process.
// Baseline measured in the same run on the same articles: the same `extract()` calls, not stored.
// The source is in memory (RawDocuments already read), so file-system reading is not measured.
// Usage: npm run build && node bench/ingest.mjs [--articles 1000] [--json]
//        (PostgreSQL: $CURTAIN_TEST_PG, else postgres://root@127.0.0.1:5432/test)
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { ingestIntoStore } from "../dist/ingest/ingest-into-store.js";
import { extract } from "../dist/pipeline/extract.js";
import { openStore } from "../dist/store/open-store.js";
import { generateArticle, rawArticle } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--articles") + 1] ?? 0) || 1000;
const json = args.includes("--json");
const PG_URL = process.env["CURTAIN_TEST_PG"] || "postgres://root@127.0.0.1:5432/test";
const WARM_UP = 50;
const dir = mkdtempSync(join(tmpdir(), "curtain-ingest-bench-"));

// Articles count..count+WARM_UP warm up the paths (model, knowledge base, JIT, statements) and
// are never among the timed ones, so that no timed article is "already stored".
const texts = Array.from({ length: count + WARM_UP }, (_, i) => generateArticle(i));
const bytes = texts.map((t) => Buffer.from(t, "utf8"));
const words = texts.slice(0, count).reduce((n, t) => n + t.split(/\s+/).length, 0);

function raw(i) {
  return rawArticle(i, bytes[i]);
}

/** An in-memory Source of RawDocuments `from`..`to`-1. */
async function* source(from, to) {
  for (let i = from; i < to; i++) yield raw(i);
}

/** Opens the store, warms it up on the extra articles, then times the ingest of the N articles. */
async function ingestInto(target) {
  const store = await openStore(target);
  try {
    await ingestIntoStore(source(count, count + WARM_UP), store);
    const started = performance.now();
    const counts = await ingestIntoStore(source(0, count), store);
    const ms = performance.now() - started;
    if (counts.stored !== count || counts.failed !== 0)
      throw new Error(`expected ${count} stored, got ${JSON.stringify(counts)}`);
    return { ms, events: counts.events };
  } finally {
    await store.close();
  }
}

async function admin(statement) {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

// Baseline: extract() alone, the same calls ingestIntoStore makes, results dropped.
for (let i = count; i < count + WARM_UP; i++) extract(raw(i));
let t = performance.now();
let events = 0;
for (let i = 0; i < count; i++) events += extract(raw(i)).events.length;
const extractMs = performance.now() - t;

const sqlite = await ingestInto(join(dir, "ingest.db"));
rmSync(dir, { recursive: true, force: true });
if (sqlite.events !== events)
  throw new Error(`SQLite stored ${sqlite.events} events, extract coded ${events}`);

let postgres = null;
let pgSkipped = null;
try {
  await admin("SELECT 1");
} catch (err) {
  pgSkipped = err.code ?? err.message;
}
if (!pgSkipped) {
  const schema = `curtain_bench_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(PG_URL);
    url.searchParams.set("options", `-c search_path=${schema}`);
    postgres = await ingestInto(url.toString());
  } finally {
    await admin(`DROP SCHEMA ${schema} CASCADE`);
  }
}

const perSecond = (ms) => Math.round(count / (ms / 1000));
const result = {
  articles: count,
  wordsPerArticle: Math.round(words / count),
  events,
  extractPerSecond: perSecond(extractMs),
  sqlitePerSecond: perSecond(sqlite.ms),
  sqliteStoreMsPerArticle: +((sqlite.ms - extractMs) / count).toFixed(2),
  postgresPerSecond: postgres && perSecond(postgres.ms),
  postgresStoreMsPerArticle: postgres && +((postgres.ms - extractMs) / count).toFixed(2),
  postgresSkipped: pgSkipped,
};
if (json) console.log(JSON.stringify(result));
else {
  const fmt = (n) => n.toLocaleString("en-US");
  console.log(
    `ingest benchmark: ${fmt(count)} generated articles, ~${result.wordsPerArticle} words each, ` +
      `${fmt(events)} events, in-memory source, one process`,
  );
  console.log("| run | articles/s | time | vs. extract only | store cost per article |");
  console.log("|---|---|---|---|---|");
  const row = (name, ms) =>
    console.log(
      `| ${name} | ${fmt(perSecond(ms))} | ${(ms / 1000).toFixed(2)} s | ${(ms / extractMs).toFixed(2)}× | ` +
        `${name.startsWith("baseline") ? "-" : `${((ms - extractMs) / count).toFixed(2)} ms`} |`,
    );
  row("baseline: extract only (not stored)", extractMs);
  row("extract + store, SQLite (fresh file)", sqlite.ms);
  if (postgres) row("extract + store, PostgreSQL (fresh schema)", postgres.ms);
  else console.log(`| extract + store, PostgreSQL | not run: ${PG_URL} unreachable (${pgSkipped}) | | | |`);
}
