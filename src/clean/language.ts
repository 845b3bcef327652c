import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { eld as Eld } from "eld/medium";

const MIN_CHARS = 20;
const TAG = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i;

/** The ISO 639-1 part of a language tag ("uk-UA" -> "uk"), or null when it has none. */
export function languageFromTag(tag: string | null | undefined): string | null {
  const m = tag ? TAG.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** The language of a text by eld, or null when the text is under 20 characters or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (sample.trim().length < MIN_CHARS) return null;
  const lang = detector().detect(sample).language;
  return lang ? lang : null;
}

let loaded: typeof Eld | null = null;

/**
 * eld with its "medium" n-gram tables, loaded on first use: compiling them is most of the start-up
 * of `curtain extract` (0.4 s quiet, several seconds on a busy machine), and commands that never
 * clean a text never need them. eld is an ES module; Node (>= 20.19) loads it synchronously through
 * `require`, at the file its package exports resolve "eld/medium" to.
 */
function detector(): typeof Eld {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const module = require(fileURLToPath(import.meta.resolve("eld/medium"))) as { eld: typeof Eld };
    loaded = module.eld;
  }
  return loaded;
}
