// Benchmark: `extract` throughput (articles/s) on generated ~600-word articles, one process,
// next to a baseline measured in the same run: wink-nlp tokenisation alone of the same texts.
// Usage: npm run build && node bench/extract.mjs [--articles 1000] [--rounds 3] [--json] [--learned]
// `--learned` codes with the learned scorer too (extract --learned: the dependency parser runs on
// every sentence naming two parties).
// Baseline and extract alternate for a few rounds and the fastest round of each counts: on a shared
// machine one round of each, taken seconds apart, gave ratios anywhere between 7x and 16x.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { learnedProposer } from "../dist/coding/learn/proposer.js";
import { extract as extractDocument } from "../dist/pipeline/extract.js";
import { generateArticle, rawArticle } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--articles") + 1] ?? 0) || 1000;
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? 0) || 3;
const proposer = args.includes("--learned") ? learnedProposer() : null;
const extract = (raw) => extractDocument(raw, { proposer });
const texts = Array.from({ length: count }, (_, i) => generateArticle(i));
const bytes = texts.map((t) => Buffer.from(t, "utf8"));
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);

// Warm up both paths (model loading, knowledge base, JIT) outside the timed runs.
const tokenizer = winkNLP(model, []);
for (let i = 0; i < 50; i++)
  tokenizer
    .readDoc(texts[i % count])
    .tokens()
    .out();
for (let i = 0; i < 50; i++) extract(raw(i));

function raw(i) {
  return rawArticle(i, bytes[i]);
}

/** Wall and CPU milliseconds of one call; CPU time (all threads of the process, GC included) is
 *  what other processes on the machine disturb least. */
function timed(f) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  f();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

let baseline = { wall: Infinity, cpu: Infinity };
let extracted = { wall: Infinity, cpu: Infinity };
let tokens = 0;
let events = 0;
for (let round = 0; round < rounds; round++) {
  const b = timed(() => {
    tokens = 0;
    for (const text of texts) tokens += tokenizer.readDoc(text).tokens().out().length;
  });
  const e = timed(() => {
    events = 0;
    for (let i = 0; i < count; i++) events += extract(raw(i)).events.length;
  });
  baseline = { wall: Math.min(baseline.wall, b.wall), cpu: Math.min(baseline.cpu, b.cpu) };
  extracted = { wall: Math.min(extracted.wall, e.wall), cpu: Math.min(extracted.cpu, e.cpu) };
}
const baselineMs = baseline.wall;
const extractMs = extracted.wall;

const result = {
  articles: count,
  rounds,
  wordsPerArticle: Math.round(words / count),
  tokens,
  events,
  extractPerSecond: Math.round((count / extractMs) * 1000),
  baselinePerSecond: Math.round((count / baselineMs) * 1000),
  ratio: Number((extractMs / baselineMs).toFixed(2)),
  cpuRatio: Number((extracted.cpu / baseline.cpu).toFixed(2)),
};
if (args.includes("--json")) console.log(JSON.stringify(result));
else {
  console.log(
    `extract benchmark${proposer ? " (--learned)" : ""}: ${count} generated articles, ~${result.wordsPerArticle} words each, ${events} events coded, best of ${rounds} rounds`,
  );
  console.log(`  curtain extract           ${result.extractPerSecond} articles/s`);
  console.log(
    `  wink-nlp tokenisation     ${result.baselinePerSecond} articles/s (baseline, same texts, same process)`,
  );
  console.log(`  extract / baseline time   ${result.ratio}x (CPU time: ${result.cpuRatio}x)`);
}
