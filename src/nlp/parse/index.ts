import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodeSentence } from "./encode.js";
import { compactParserModel } from "./load-model.js";
import { readModelFile } from "./model-file.js";
import { parseEncoded } from "./parse-sentence.js";
import { takePreloadedParser } from "./preload.js";
import type { ParserModel } from "./parser-model.js";

/** The shipped weights: trained on UD English EWT and GUM (see data/parser/README.md). */
export const PARSER_MODEL_FILE = fileURLToPath(
  new URL("../../../data/parser/parser-model.bin.gz", import.meta.url),
);

/** A dependency tree in CoNLL-U numbering. */
export interface DependencyParse {
  /** 1-based index of each word's head; 0 for the root. */
  readonly head: Int32Array;
  /** UD relation of each word to its head, with subtypes (nsubj:pass, obl:agent, acl:relcl...). */
  readonly rel: string[];
}

let shipped: ParserModel | null = null;

/** The shipped model, read on first use (~0.1 s), or taken from `preloadParserModel`'s thread. */
export function shippedParserModel(): ParserModel {
  shipped ??= takePreloadedParser() ?? readShippedParserModel();
  return shipped;
}

/** The shipped model read from its file, now, in this thread. */
export function readShippedParserModel(): ParserModel {
  return compactParserModel(readModelFile(readFileSync(PARSER_MODEL_FILE), PARSER_MODEL_FILE).parser);
}

/**
 * Parses one sentence given its words and their UD UPOS tags (wink-nlp's `pos`), e.g.
 * `parse(["Russia", "delivered", "missiles"], ["PROPN", "VERB", "NOUN"])` gives
 * `{ head: [2, 0, 2], rel: ["nsubj", "root", "obj"] }`.
 */
export function parse(
  words: readonly string[],
  upos: readonly string[],
  model: ParserModel = shippedParserModel(),
): DependencyParse {
  if (words.length !== upos.length) throw new Error(`parse: ${words.length} words but ${upos.length} tags`);
  const ids = parseEncoded(model, encodeSentence(words, upos));
  return { head: ids.head, rel: Array.from(ids.rel, (r) => model.labels[r] ?? "dep") };
}
