import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { yamlFingerprint } from "./fingerprint.js";

/** What `npm run build` writes per data directory: the validated data and the fingerprint of its source. */
export interface CompiledFile<T> {
  readonly fingerprint: string;
  readonly data: T;
}

/**
 * The compiled data files sit in dist/data/, beside the compiled code (dist/compiled/ holds this
 * module). Running from src/ (the tests) there are none, and the YAML is read as before.
 */
const COMPILED_DIR = new URL("../data/", import.meta.url);

/** The path of a compiled data file, as `npm run build` writes it. */
export function compiledPath(name: string): string {
  return fileURLToPath(new URL(name, COMPILED_DIR));
}

/** Whether compiled data files exist at all (false when running from src/). */
export function hasCompiledData(name: string): boolean {
  return existsSync(compiledPath(name));
}

/**
 * The data compiled from `sourceDir`, or null when there is none or its YAML changed since the
 * build (the caller then reads the YAML).
 */
export function readCompiled<T>(name: string, sourceDir: string): T | null {
  if (!hasCompiledData(name)) return null;
  const compiled = JSON.parse(readFileSync(compiledPath(name), "utf8")) as CompiledFile<T>;
  return compiled.fingerprint === yamlFingerprint(sourceDir) ? compiled.data : null;
}
