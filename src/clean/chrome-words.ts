import { readFileSync } from "node:fs";

/** The lists of data/clean/chrome-words.json; see data/clean/README.md for how each is matched. */
export interface ChromeWords {
  readonly relatedHeaders: readonly string[];
  readonly readMorePrefixes: readonly string[];
  readonly captionLabels: readonly string[];
  readonly captionCredits: readonly string[];
  readonly cookieStrong: readonly string[];
  readonly cookieWeak: readonly string[];
  readonly cookieAction: readonly string[];
  readonly navigationPhrases: readonly string[];
  readonly advertPhrases: readonly string[];
  readonly tagLabels: readonly string[];
  readonly bylineLabels: readonly string[];
  readonly dateLabels: readonly string[];
  readonly updateLabels: readonly string[];
  readonly copyrightPhrases: readonly string[];
  readonly appealPhrases: readonly string[];
  readonly creditPhrases: readonly string[];
}

// The same relative path works from src/clean (tests) and dist/clean (the package).
const KEYS = [
  "relatedHeaders",
  "readMorePrefixes",
  "captionLabels",
  "captionCredits",
  "cookieStrong",
  "cookieWeak",
  "cookieAction",
  "navigationPhrases",
  "advertPhrases",
  "tagLabels",
  "bylineLabels",
  "dateLabels",
  "updateLabels",
  "copyrightPhrases",
  "appealPhrases",
  "creditPhrases",
] as const;

const FILE = new URL("../../data/clean/chrome-words.json", import.meta.url);

function load(): ChromeWords {
  const parsed = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, unknown>;
  const out: Record<string, readonly string[]> = {};
  for (const key of KEYS) {
    const value = parsed[key];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) {
      throw new Error(`chrome-words.json: ${key} is not a list of strings`);
    }
    out[key] = value.map((v: string) => v.toLowerCase());
  }
  return out as unknown as ChromeWords;
}

export const CHROME_WORDS: ChromeWords = load();

/** Escapes a phrase for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One alternation of the phrases, longest first so that "read more" wins over "read". */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, "\\s+"))
    .join("|");
}
