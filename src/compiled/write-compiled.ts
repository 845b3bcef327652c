// Run by `npm run build` after tsc: compiles data/knowledge/*.yaml and data/lexicon/*.yaml, already
// validated, into dist/data/*.json, which the CLI loads in milliseconds instead of parsing YAML;
// and the knowledge base's aliases split into wink-nlp's tokens, which the phrase matcher needs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { COMPILED_LEXICON, compileShippedLexicon, DEFAULT_LEXICON_DIR } from "../coding/lexicon/lexicon.js";
import { COMPILED_KNOWLEDGE, compileShippedKnowledge, loadKnowledge } from "../knowledge/load.js";
import { COMPILED_ALIAS_TOKENS, compileAliasTokens } from "../nlp/alias-tokens.js";
import { yamlFingerprint } from "./fingerprint.js";
import { compiledPath, type CompiledFile } from "./read-compiled.js";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

function write<T>(name: string, sourceDir: string, data: T): void {
  const path = compiledPath(name);
  mkdirSync(dirname(path), { recursive: true });
  const file: CompiledFile<T> = { fingerprint: yamlFingerprint(sourceDir), data };
  writeFileSync(path, JSON.stringify(file));
}

write(COMPILED_KNOWLEDGE, resolve(PACKAGE_ROOT, "data/knowledge"), compileShippedKnowledge());
write(COMPILED_LEXICON, DEFAULT_LEXICON_DIR, compileShippedLexicon());
writeFileSync(
  compiledPath(COMPILED_ALIAS_TOKENS),
  JSON.stringify(compileAliasTokens(loadKnowledge().aliases.map((a) => a.text))),
);
