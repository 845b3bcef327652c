import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { hasCompiledData, readCompiled } from "../compiled/read-compiled.js";
import { buildKnowledgeBase } from "./build-kb.js";
import type { CompiledKnowledge, compileKnowledge } from "./compile-knowledge.js";
import type { KnowledgeBase } from "./types.js";

/** The package root: two levels up from both src/knowledge/load.ts and dist/knowledge/load.js. */
const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DEFAULT_DIR = resolve(PACKAGE_ROOT, "data/knowledge");
/** Written by `npm run build` from data/knowledge/*.yaml. */
export const COMPILED_KNOWLEDGE = "knowledge.json";

type Compiler = { compileKnowledge: typeof compileKnowledge };
/**
 * The YAML reader (yaml, zod, world-countries: ~0.3 s to load and ~0.5 s to run) is loaded only
 * when there is no compiled knowledge base (running from src/), else on first need.
 */
const preloaded: Compiler | null = hasCompiledData(COMPILED_KNOWLEDGE)
  ? null
  : await import("./compile-knowledge.js");
function compiler(): Compiler {
  return preloaded ?? (createRequire(import.meta.url)("./compile-knowledge.js") as Compiler);
}

const cache = new Map<string, KnowledgeBase>();

/**
 * The knowledge base of data/knowledge/*.yaml (or of those of `dir`), validated; cached per
 * directory. The shipped one comes from its compiled form when the build wrote one for these very
 * files. Throws an Error listing every broken rule, one per line, each naming the file and the
 * entry: `data/knowledge/persons.yaml: persons[12] (vucic): ...`.
 *
 * @example
 * const kb = loadKnowledge();
 * kb.resolvePerson("vucic", "2019-11-21"); // { code: "SRB", role: "LEADER" }
 */
export function loadKnowledge(dir?: string): KnowledgeBase {
  const key = resolve(dir ?? DEFAULT_DIR);
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled =
    (key === DEFAULT_DIR ? readCompiled<CompiledKnowledge>(COMPILED_KNOWLEDGE, key) : null) ??
    compiler().compileKnowledge(key, PACKAGE_ROOT);
  const { collected, aliases } = compiled;
  const kb = buildKnowledgeBase(
    {
      ...collected,
      commonWords: new Set(collected.commonWords),
      membershipSources: new Map(collected.membershipSources),
    },
    aliases,
  );
  cache.set(key, kb);
  return kb;
}

/** The compiled form of the shipped knowledge base, straight from its YAML (what the build writes). */
export function compileShippedKnowledge(): CompiledKnowledge {
  return compiler().compileKnowledge(DEFAULT_DIR, PACKAGE_ROOT);
}
