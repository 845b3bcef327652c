// Benchmark: where `extract` spends its time, stage by stage, on the same generated articles as
// bench/extract.mjs. Each stage runs alone over all articles (fastest of --rounds rounds, the
// rounds alternating with the baseline: wink-nlp tokenisation alone of the raw texts). Beside
// Curtain's stages it times the libraries they are built on by themselves: wink-nlp's sentence
// splitter and POS tagger over the same paragraphs, and eld over the same main texts.
// Usage: npm run build && node bench/stages.mjs [--articles 1000] [--rounds 3] [--json]
import { eld } from "eld/medium";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { cleanDocument } from "../dist/clean/clean.js";
import { detectLanguage } from "../dist/clean/language.js";
import { codeDocument } from "../dist/coding/code-document.js";
import { loadLexicon } from "../dist/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../dist/knowledge/load.js";
import { annotate } from "../dist/nlp/annotate.js";
import { splitSentences } from "../dist/nlp/sentences.js";
import { extract } from "../dist/pipeline/extract.js";
import { generateArticle, rawArticle } from "./generate-articles.mjs";

const args = process.argv.slice(2);
const count = Number(args[args.indexOf("--articles") + 1] ?? 0) || 1000;
const rounds = Number(args[args.indexOf("--rounds") + 1] ?? 0) || 3;
const texts = Array.from({ length: count }, (_, i) => generateArticle(i));
const bytes = texts.map((t) => Buffer.from(t, "utf8"));
const raws = () => bytes.map((b, i) => rawArticle(i, b));

const kb = loadKnowledge();
const lexicon = loadLexicon();
const tokenizer = winkNLP(model, []);
const splitter = winkNLP(model, ["sbd"]);
const tagger = winkNLP(model, ["sbd", "pos"]);
const its = tagger.its;

// Inputs of the later stages, made once outside the timed runs.
const cleaned = raws().map((r) => cleanDocument(r));
const mains = cleaned.map((c) => c.mainText);
const paragraphs = mains.map((m) => m.split(/\n\s*\n/).filter((p) => p.trim()));
const annotatedOf = () => cleaned.map((c) => annotate(c.mainText, c.published, kb));

/** CPU milliseconds of one call (all threads, GC included). */
function cpuOf(f) {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const stages = {
  "baseline: wink-nlp tokenisation of the raw text": () => {
    for (const t of texts) tokenizer.readDoc(t).tokens().out();
  },
  "extract(), all of it": () => {
    for (const r of raws()) extract(r, { kb, lexicon });
  },
  "clean: decode, classify lines, language id": () => {
    for (const r of raws()) cleanDocument(r);
  },
  "  of which eld language id of the main text": () => {
    for (const m of mains) detectLanguage(m);
  },
  "annotate: sentences, tokens, lemmas, actor mentions": () => {
    annotatedOf();
  },
  "  of which sentences, tokens, POS and lemmas": () => {
    for (const m of mains) splitSentences(m);
  },
  "time expressions of every sentence (chrono-node, years)": null,
  "code: triggers, slots, modality, dates of events": null,
  "library alone: wink-nlp sentences + POS of the paragraphs": () => {
    for (const ps of paragraphs)
      for (const p of ps) {
        const doc = tagger.readDoc(p);
        const tokens = doc.tokens();
        tokens.out();
        tokens.out(its.pos);
        doc.sentences().out(its.span);
      }
  },
  "library alone: wink-nlp sentences of the paragraphs": () => {
    for (const ps of paragraphs)
      for (const p of ps) {
        const doc = splitter.readDoc(p);
        doc.tokens().out();
        doc.sentences().out(its.span);
      }
  },
  "library alone: eld of the main texts (first 4,000 chars)": () => {
    for (const m of mains) eld.detect(m.length > 4000 ? m.slice(0, 4000) : m);
  },
};

// Stages that need annotated documents: times found on first use, so the coder's run is timed
// on documents whose times were found already, and the times on fresh documents.
let fresh = annotatedOf();
stages["time expressions of every sentence (chrono-node, years)"] = () => {
  let found = 0;
  for (const d of fresh) for (const s of d.sentences) found += s.times.length;
  return found;
};
stages["code: triggers, slots, modality, dates of events"] = () => {
  for (let i = 0; i < fresh.length; i++) codeDocument(cleaned[i].id, fresh[i], kb, lexicon);
};

for (const f of Object.values(stages)) f(); // warm-up
const best = Object.fromEntries(Object.keys(stages).map((k) => [k, Infinity]));
for (let round = 0; round < rounds; round++) {
  for (const [name, f] of Object.entries(stages)) {
    if (name.startsWith("time")) fresh = annotatedOf();
    best[name] = Math.min(best[name], cpuOf(f));
  }
}
const baseline = best["baseline: wink-nlp tokenisation of the raw text"];
if (args.includes("--json"))
  console.log(JSON.stringify({ articles: count, rounds, cpuMs: best, baselineMs: baseline }));
else {
  console.log(
    `extract stages: ${count} generated articles, CPU ms for all of them, best of ${rounds} rounds`,
  );
  for (const [name, ms] of Object.entries(best))
    console.log(
      `  ${name.padEnd(60)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / baseline).toFixed(2).padStart(5)}x`,
    );
}
