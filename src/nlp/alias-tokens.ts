import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compiledPath } from "../compiled/read-compiled.js";
import { foldDiacritics } from "./fold.js";
import { readDoc } from "./wink.js";

/** Written by `npm run build`: the tokens of every alias of the shipped knowledge base. */
export const COMPILED_ALIAS_TOKENS = "alias-tokens.json";

/** The compiled file: tokens by alias text, valid for the tokenizer that wrote them. */
export interface CompiledAliasTokens {
  readonly tokenizer: string;
  readonly tokens: Readonly<Record<string, readonly string[]>>;
}

/** The words wink-nlp splits an alias into, after folding its diacritics: what the phrase matcher matches. */
export function tokenizeAlias(text: string): string[] {
  return readDoc(foldDiacritics(text)).tokens().out() as unknown as string[];
}

/** The versions of wink-nlp and its English model: tokens compiled by others are not used. */
export function tokenizerVersion(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
  return `wink-nlp ${version("wink-nlp")}, wink-eng-lite-web-model ${version("wink-eng-lite-web-model")}`;
}

/** The tokens of each alias text, as the build writes them. */
export function compileAliasTokens(texts: Iterable<string>): CompiledAliasTokens {
  const tokens = new Map<string, readonly string[]>();
  for (const text of texts) if (!tokens.has(text)) tokens.set(text, tokenizeAlias(text));
  return { tokenizer: tokenizerVersion(), tokens: Object.fromEntries(tokens) };
}

/**
 * The tokens the build compiled, by alias text, or an empty map (running from src/, or built with
 * another wink-nlp). Tokenizing the ~3,400 aliases at start-up took ~0.3 s of CPU, most of it
 * wink-nlp's code running cold; an alias missing here is tokenized as before.
 */
export function compiledAliasTokens(): ReadonlyMap<string, readonly string[]> {
  const path = compiledPath(COMPILED_ALIAS_TOKENS);
  if (!existsSync(path)) return new Map();
  const compiled = JSON.parse(readFileSync(path, "utf8")) as CompiledAliasTokens;
  if (compiled.tokenizer !== tokenizerVersion()) return new Map();
  return new Map(Object.entries(compiled.tokens));
}
