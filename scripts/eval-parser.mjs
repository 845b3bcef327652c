// Scores the shipped parser (or --model FILE) on a UD CoNLL-U file, twice: with the treebank's
// gold UPOS tags and with wink-nlp's tags for the same words (wink-nlp reads each sentence's
// text; its tokens are matched to the treebank's words by position).
// Usage (after `npm run build`): node scripts/eval-parser.mjs [--test FILE.conllu] [--model FILE] [--json]
//   [--relations nsubj,obj,...] (the relations scored one by one)
import { readFileSync } from "node:fs";
import { readConllu } from "../dist/nlp/parse/conllu.js";
import { attachmentScores, relationScores } from "../dist/nlp/parse/evaluate.js";
import { parse, shippedParserModel } from "../dist/nlp/parse/index.js";
import { compactParserModel } from "../dist/nlp/parse/load-model.js";
import { readModelFile } from "../dist/nlp/parse/model-file.js";
import { withWinkTags } from "./wink-tags.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const testFile = flag("--test", "test/fixtures/ud/en_ewt-ud-test.conllu");
const modelFile = flag("--model", undefined);
const model = modelFile
  ? compactParserModel(readModelFile(readFileSync(modelFile), modelFile).parser)
  : shippedParserModel();
const trees = readConllu(readFileSync(testFile, "utf8"));

const t0 = performance.now();
const gold = attachmentScores(trees, (w, t) => parse(w, t, model));
const parseMs = performance.now() - t0;

const { tagged, exact, tagAccuracy } = withWinkTags(trees);
const winkTags = new Map(trees.map((t, i) => [t, tagged[i].upos]));
const wink = attachmentScores(
  trees,
  (w, t) => parse(w, t, model),
  (t) => winkTags.get(t),
);
const pct = (x) => (100 * x).toFixed(2);
const result = {
  file: testFile,
  sentences: trees.length,
  words: gold.words,
  gold: { uas: gold.uas, las: gold.las, lasUniversal: gold.lasUniversal },
  wink: {
    uas: wink.uas,
    las: wink.las,
    lasUniversal: wink.lasUniversal,
    tagAccuracy,
    alignedSentences: exact,
  },
  parseSeconds: parseMs / 1000,
};
// The relations the event coder reads, scored with wink-nlp's tags (as it will run).
const watched = new Set(
  args.includes("--relations")
    ? flag("--relations", "").split(",")
    : [
        "nsubj",
        "nsubj:pass",
        "obj",
        "iobj",
        "obl",
        "obl:agent",
        "nmod",
        "nmod:poss",
        "conj",
        "xcomp",
        "ccomp",
        "acl",
        "acl:relcl",
        "appos",
        "advcl",
      ],
);
result.relations = relationScores(
  trees,
  (w, t) => parse(w, t, model),
  (t) => winkTags.get(t),
).filter((r) => watched.has(r.rel));
if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
else {
  console.log(
    `${testFile}: ${trees.length} sentences, ${gold.words} words (parsed in ${(parseMs / 1000).toFixed(2)} s)`,
  );
  console.log(
    `gold UPOS:  UAS ${pct(gold.uas)}  LAS ${pct(gold.las)}  (LAS without subtypes ${pct(gold.lasUniversal)})`,
  );
  console.log(
    `wink UPOS:  UAS ${pct(wink.uas)}  LAS ${pct(wink.las)}  (LAS without subtypes ${pct(wink.lasUniversal)})`,
  );
  console.log("relation (wink tags)  gold arcs  precision  recall");
  for (const r of result.relations)
    console.log(
      `  ${r.rel.padEnd(20)} ${String(r.gold).padStart(8)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}`,
    );
  console.log(
    `wink tags: ${pct(tagAccuracy)} % of words right; ${exact} of ${trees.length} sentences tokenised word for word alike`,
  );
}
