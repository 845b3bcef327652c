// Trains the dependency parser on UD English treebanks and writes data/parser/parser-model.bin.gz.
// Usage (after `npm run build`):
//   node scripts/train-parser.mjs --train en_ewt-ud-train.conllu --train en_gum-ud-train.conllu \
//     [--dev en_ewt-ud-dev.conllu] [--epochs 10] [--seed 1] [--out FILE]
//     [--tags wink|gold]
// or set UD_TRAIN (comma-separated paths) and UD_DEV. GUM sentences are kept only from the genres
// whose texts are CC BY or public domain (--gum-genres to change); EWT sentences are all kept.
// The same inputs and flags give byte-identical weights.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { readConllu } from "../dist/nlp/parse/conllu.js";
import { attachmentScores } from "../dist/nlp/parse/evaluate.js";
import { compactParserModel } from "../dist/nlp/parse/load-model.js";
import { writeModelFile } from "../dist/nlp/parse/model-file.js";
import { parse, PARSER_MODEL_FILE } from "../dist/nlp/parse/index.js";
import { trainParser } from "../dist/nlp/parse/train.js";
import { withWinkTags } from "./wink-tags.mjs";

const args = process.argv.slice(2);
const all = (name) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const one = (name, fallback) => all(name).at(-1) ?? fallback;

const trainFiles =
  all("--train").length > 0 ? all("--train") : (process.env.UD_TRAIN ?? "").split(",").filter(Boolean);
const devFile = one("--dev", process.env.UD_DEV);
const epochs = Number(one("--epochs", "10"));
const seed = Number(one("--seed", "1"));
const minMoveWeight = Number(one("--min-move-weight", "2"));
const minLabelWeight = Number(one("--min-label-weight", "1"));
const out = one("--out", PARSER_MODEL_FILE);
// "wink": train on wink-nlp's tags for the treebank's words, the tags the parser gets at run time.
const tagSource = one("--tags", "wink");
const gumGenres = new Set(
  one("--gum-genres", "news,interview,bio,voyage,textbook,vlog,speech,conversation").split(","),
);
if (
  !["wink", "gold"].includes(tagSource) ||
  trainFiles.length === 0 ||
  !Number.isFinite(epochs) ||
  !Number.isFinite(seed) ||
  !Number.isFinite(minMoveWeight) ||
  !Number.isFinite(minLabelWeight)
) {
  console.error(
    "usage: node scripts/train-parser.mjs --train FILE.conllu [--train FILE ...] [--dev FILE] [--epochs N] [--seed N] [--min-move-weight W] [--min-label-weight W] [--tags wink|gold] [--out FILE]",
  );
  process.exit(2);
}

/** GUM sentence ids start with the document's genre: GUM_news_..., GUM_whow_... */
function keep(sentence) {
  const m = /^GUM_([a-z]+)_/.exec(sentence.id);
  return !m || gumGenres.has(m[1]);
}

const inputs = [];
const trees = [];
for (const file of trainFiles) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    console.error(`train-parser: cannot read ${file}: ${e.message}`);
    process.exit(2);
  }
  const sentences = readConllu(text);
  const kept = sentences.filter(keep);
  trees.push(...kept);
  inputs.push({
    file: basename(file),
    sha256: createHash("sha256").update(text).digest("hex"),
    sentences: sentences.length,
    kept: kept.length,
  });
  console.log(`${file}: ${kept.length} of ${sentences.length} sentences`);
}
let dev = devFile ? readConllu(readFileSync(devFile, "utf8")) : [];
if (tagSource === "wink") {
  const train = withWinkTags(trees);
  trees.splice(0, trees.length, ...train.tagged);
  console.log(
    `wink-nlp tags: ${(100 * train.tagAccuracy).toFixed(2)} % agree with the gold ones; ${train.exact} of ${trees.length} sentences aligned word for word`,
  );
  dev = withWinkTags(dev).tagged;
}

const started = performance.now();
const parser = trainParser(trees, {
  epochs,
  seed,
  exploreFrom: 1,
  exploreProbability: 0.9,
  minMoveWeight,
  minLabelWeight,
  onEpoch: (epoch, averaged) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (dev.length === 0) return console.log(`epoch ${epoch + 1}: ${seconds} s`);
    const model = compactParserModel(averaged());
    const s = attachmentScores(dev, (w, t) => parse(w, t, model));
    console.log(
      `epoch ${epoch + 1}: ${seconds} s, dev UAS ${(100 * s.uas).toFixed(2)} LAS ${(100 * s.las).toFixed(2)}`,
    );
  },
});
const file = writeModelFile(parser, {
  trainedOn: inputs,
  gumGenres: [...gumGenres].sort(),
  epochs,
  seed,
  minMoveWeight,
  minLabelWeight,
  tags: tagSource,
  licence: "CC BY-SA 4.0 (derived from UD English EWT, CC BY-SA 4.0, and the CC BY parts of UD English GUM)",
});
writeFileSync(out, file);
console.log(
  `wrote ${out}: ${(file.length / 1e6).toFixed(2)} MB, move rows ${parser.move.keys.length}, relation rows ${parser.label.keys.length}, ` +
    `${((performance.now() - started) / 1000).toFixed(0)} s`,
);
