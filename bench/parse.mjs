// Benchmark: dependency parsing (words/s, sentences/s) on the sentences of generated ~600-word
// articles, next to a baseline measured in the same run on the same texts: wink-nlp reading them
// with sentence splitting and POS tagging (readDoc, which the pipeline runs anyway).
// Usage: npm run build && node bench/parse.mjs [--articles 300] [--rounds 3] [--json]
// Tokens and tags come from wink-nlp before the timed runs; the parser's timed run includes
// encoding each sentence and naming the relations, as `parse()` does for a caller.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { parse, shippedParserModel } from "../dist/nlp/parse/index.js";
import { generateArticle } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--articles") + 1] ?? 0) || 300;
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? 0) || 3;
const texts = Array.from({ length: count }, (_, i) => generateArticle(i));

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
const sentences = [];
for (const text of texts)
  nlp
    .readDoc(text)
    .sentences()
    .each((s) => {
      const tokens = s.tokens();
      sentences.push({ words: tokens.out(its.value), tags: tokens.out(its.pos) });
    });
const words = sentences.reduce((n, s) => n + s.words.length, 0);

const loadStart = performance.now();
shippedParserModel();
const loadMs = performance.now() - loadStart;
// Warm-up outside the timed runs (JIT).
for (let i = 0; i < 500; i++)
  parse(sentences[i % sentences.length].words, sentences[i % sentences.length].tags);
for (let i = 0; i < 20; i++)
  nlp
    .readDoc(texts[i % count])
    .tokens()
    .out(its.pos);

/** Wall and CPU milliseconds of one call; CPU time is what other processes disturb least. */
function timed(f) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  f();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

let parsed = { wall: Infinity, cpu: Infinity };
let baseline = { wall: Infinity, cpu: Infinity };
for (let round = 0; round < rounds; round++) {
  const b = timed(() => {
    for (const text of texts) nlp.readDoc(text).tokens().out(its.pos);
  });
  const p = timed(() => {
    for (const s of sentences) parse(s.words, s.tags);
  });
  baseline = { wall: Math.min(baseline.wall, b.wall), cpu: Math.min(baseline.cpu, b.cpu) };
  parsed = { wall: Math.min(parsed.wall, p.wall), cpu: Math.min(parsed.cpu, p.cpu) };
}
const parseMs = parsed.wall;
const baselineMs = baseline.wall;
const result = {
  articles: count,
  sentences: sentences.length,
  words,
  rounds,
  modelLoadMs: Math.round(loadMs),
  parseWordsPerSecond: Math.round((words / parseMs) * 1000),
  parseSentencesPerSecond: Math.round((sentences.length / parseMs) * 1000),
  parseArticlesPerSecond: Math.round((count / parseMs) * 1000),
  baselineWordsPerSecond: Math.round((words / baselineMs) * 1000),
  baselineArticlesPerSecond: Math.round((count / baselineMs) * 1000),
  ratio: Number((parseMs / baselineMs).toFixed(2)),
  parseWordsPerCpuSecond: Math.round((words / parsed.cpu) * 1000),
  cpuRatio: Number((parsed.cpu / baseline.cpu).toFixed(2)),
};
if (args.includes("--json")) console.log(JSON.stringify(result));
else {
  console.log(
    `parse benchmark: ${count} generated articles, ${sentences.length} sentences, ${words} tokens, best of ${rounds} rounds (model loaded in ${result.modelLoadMs} ms)`,
  );
  console.log(
    `  dependency parse          ${result.parseWordsPerSecond} words/s, ${result.parseSentencesPerSecond} sentences/s, ${result.parseArticlesPerSecond} articles/s`,
  );
  console.log(
    `  wink-nlp readDoc + POS    ${result.baselineWordsPerSecond} words/s, ${result.baselineArticlesPerSecond} articles/s (baseline, same texts, same process)`,
  );
  console.log(
    `  parse / baseline time     ${result.ratio}x (CPU time: ${result.cpuRatio}x; parse ${result.parseWordsPerCpuSecond} words per CPU second)`,
  );
}
