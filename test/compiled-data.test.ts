import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  COMPILED_LEXICON,
  compileShippedLexicon,
  DEFAULT_LEXICON_DIR,
} from "../src/coding/lexicon/lexicon.js";
import { yamlFingerprint } from "../src/compiled/fingerprint.js";
import { COMPILED_KNOWLEDGE, compileShippedKnowledge, loadKnowledge } from "../src/knowledge/load.js";
import {
  COMPILED_ALIAS_TOKENS,
  compileAliasTokens,
  tokenizerVersion,
  type CompiledAliasTokens,
} from "../src/nlp/alias-tokens.js";

const DIST_DATA = fileURLToPath(new URL("../dist/data/", import.meta.url));
const KNOWLEDGE_DIR = fileURLToPath(new URL("../data/knowledge/", import.meta.url));

/** A compiled file as `npm run build` wrote it (the test suite runs after the build). */
function readBuilt(name: string): { fingerprint: string; data: unknown } {
  const path = `${DIST_DATA}${name}`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return JSON.parse(readFileSync(path, "utf8")) as { fingerprint: string; data: unknown };
}

/** What JSON keeps of a value: the compiled files are JSON. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the compiled knowledge base and lexicon in dist/data", () => {
  it("hold exactly what loading and validating the YAML gives", () => {
    const knowledge = readBuilt(COMPILED_KNOWLEDGE);
    expect(knowledge.fingerprint).toBe(yamlFingerprint(KNOWLEDGE_DIR));
    expect(knowledge.data).toEqual(asJson(compileShippedKnowledge()));
    const lexicon = readBuilt(COMPILED_LEXICON);
    expect(lexicon.fingerprint).toBe(yamlFingerprint(DEFAULT_LEXICON_DIR));
    expect(lexicon.data).toEqual(asJson(compileShippedLexicon()));
  });

  it("hold wink-nlp's tokens of every alias of the knowledge base, as the phrase matcher splits them", () => {
    const path = `${DIST_DATA}${COMPILED_ALIAS_TOKENS}`;
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
    const built = JSON.parse(readFileSync(path, "utf8")) as CompiledAliasTokens;
    expect(built.tokenizer).toBe(tokenizerVersion());
    const texts = loadKnowledge().aliases.map((a) => a.text);
    expect(Object.keys(built.tokens).length).toBe(new Set(texts).size);
    expect(built.tokens).toEqual(compileAliasTokens(texts).tokens);
  });

  it("lose nothing in JSON: the YAML's validated form survives the round trip", () => {
    // A Set, a Map, undefined or a non-finite number would be changed or dropped by JSON.
    const knowledge = compileShippedKnowledge();
    const lexicon = compileShippedLexicon();
    expect(asJson(knowledge)).toStrictEqual(withoutUndefined(knowledge));
    expect(asJson(lexicon)).toStrictEqual(withoutUndefined(lexicon));
  });
});

/** The value with keys whose value is undefined left out (JSON leaves them out; readers see undefined either way). */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value !== null && typeof value === "object") {
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, withoutUndefined(v)]),
    );
  }
  return value;
}
