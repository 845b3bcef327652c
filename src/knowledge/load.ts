import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildAliases } from "./build-aliases.js";
import { buildKnowledgeBase } from "./build-kb.js";
import { collect } from "./collect.js";
import { readKnowledgeFiles } from "./read-files.js";
import type { KnowledgeBase } from "./types.js";
import { validateKnowledge } from "./validate.js";

/** The package root: two levels up from both src/knowledge/load.ts and dist/knowledge/load.js. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_DIR = resolve(PACKAGE_ROOT, "data/knowledge");

const cache = new Map<string, KnowledgeBase>();

/**
 * Reads every data/knowledge/*.yaml file (or those of `dir`), validates them and builds the
 * knowledge base; cached per directory. Throws an Error listing every broken rule, one per line,
 * each naming the file and the entry: `data/knowledge/persons.yaml: persons[12] (vucic): ...`.
 *
 * @example
 * const kb = loadKnowledge();
 * kb.resolvePerson("vucic", "2019-11-21"); // { code: "SRB", role: "LEADER" }
 */
export function loadKnowledge(dir?: string): KnowledgeBase {
  const key = resolve(dir ?? DEFAULT_DIR);
  const cached = cache.get(key);
  if (cached) return cached;
  const collected = collect(readKnowledgeFiles(key, PACKAGE_ROOT));
  const aliases = buildAliases(collected);
  const errors = validateKnowledge(collected, aliases);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  const kb = buildKnowledgeBase(collected, aliases);
  cache.set(key, kb);
  return kb;
}
