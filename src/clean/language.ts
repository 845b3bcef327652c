import type { eld as Eld } from "eld/medium";
import { loadSync } from "../load-sync.js";
import { isPlainEnglish } from "./plain-english.js";

const MIN_CHARS = 20;
const TAG = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i;

/** The ISO 639-1 part of a language tag ("uk-UA" -> "uk"), or null when it has none. */
export function languageFromTag(tag: string | null | undefined): string | null {
  const m = tag ? TAG.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * eld with its n-gram tables, loaded on first use: they are a 2 MB JavaScript module that takes
 * ~1 s of CPU to compile, more than the rest of `curtain extract` of one article.
 */
let detector: typeof Eld | null = null;

function eld(): typeof Eld {
  detector ??= loadSync<{ eld: typeof Eld }>("eld/medium").eld;
  return detector;
}

/** Loads eld now rather than with the first text that needs it (see loadExtractionLibraries). */
export async function loadLanguageIdentification(): Promise<void> {
  detector ??= (await import("eld/medium")).eld;
}

/**
 * The language of a text, or null when the text is under 20 characters or unclear: "en" when
 * its opening is plain English by a cheap test (most of what Curtain reads), eld's answer for
 * anything else.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  if (sample.trim().length < MIN_CHARS) return null;
  if (isPlainEnglish(sample)) return "en";
  const lang = eld().detect(sample).language;
  return lang ? lang : null;
}
