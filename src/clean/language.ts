import { eld } from "eld/medium";

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
  const lang = eld.detect(sample).language;
  return lang ? lang : null;
}
