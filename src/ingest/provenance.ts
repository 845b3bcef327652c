import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../input-error.js";

/**
 * Where an article came from and on what terms it may be shown: what a `sources.json` beside the
 * ingested files says of each. Stored with the document and served with it (GET /api/documents/{id}).
 */
export interface Provenance {
  /** Who published it, e.g. "President of Russia (en.kremlin.ru)". */
  readonly outlet: string | null;
  /** The terms it is redistributed under, as written, e.g. "CC BY 4.0". */
  readonly licence: string | null;
  /** The credit the licence asks for, as written. */
  readonly attribution: string | null;
  /** Where it was published (its address), or a note on where it came from. */
  readonly origin: string | null;
  /** True for an article written for the project (not a real one), false for a real one. */
  readonly written: boolean;
}

/** The file that describes the articles of its folder. */
export const SOURCES_FILE = "sources.json";

/** The longest value kept of a text field. */
const MAX_TEXT = 4000;

/** Text fields of an entry, as provenanceOf maps them; `url` and `origin` both give `origin`. */
const TEXT_KEYS = ["outlet", "licence", "attribution", "url", "origin"] as const;

/**
 * One entry of a sources.json: `file` names an article of the folder; `outlet`, `licence`,
 * `attribution`, `url` (its address) or `origin` (a note) are text or null; `written` is true for
 * an article written for the project (absent or false: a real one); other keys are ignored.
 * Checked by hand, not with zod: the commands that read files load no schema library at start.
 */
function provenanceOf(value: unknown, at: number): { file: string; provenance: Provenance } | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return `at ${at}: not an object`;
  const e = value as Record<string, unknown>;
  if (typeof e["file"] !== "string" || e["file"] === "") return `at ${at}.file: not a file name`;
  const texts: Partial<Record<(typeof TEXT_KEYS)[number], string>> = {};
  for (const key of TEXT_KEYS) {
    const v = e[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== "string") return `at ${at}.${key}: not text`;
    const t = v.trim();
    if (t.length > MAX_TEXT) return `at ${at}.${key}: longer than ${MAX_TEXT} characters`;
    if (t) texts[key] = t;
  }
  const written = e["written"];
  if (written !== undefined && written !== null && typeof written !== "boolean")
    return `at ${at}.written: not true or false`;
  return {
    file: e["file"],
    provenance: {
      outlet: texts.outlet ?? null,
      licence: texts.licence ?? null,
      attribution: texts.attribution ?? null,
      origin: texts.url ?? texts.origin ?? null,
      written: written === true,
    },
  };
}

/** The provenance of every article a sources.json names, by file name; null when there is none. */
export function readSourcesFile(dir: string): Map<string, Provenance> | InputError | null {
  const path = join(dir, SOURCES_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    if (err instanceof SyntaxError) return new InputError(path, `not JSON (${err.message})`);
    return new InputError(path, `cannot read (${code ?? String(err)})`, { cause: err });
  }
  const shape = "not a list of { file, outlet, licence, attribution, url, origin, written }";
  if (!Array.isArray(json)) return new InputError(path, shape);
  const byFile = new Map<string, Provenance>();
  for (const [i, value] of json.entries()) {
    const e = provenanceOf(value, i);
    if (typeof e === "string") return new InputError(path, `${shape} (${e})`);
    byFile.set(e.file, e.provenance);
  }
  return byFile;
}

/**
 * Looks up each file's provenance in the sources.json of its folder, reading each folder's once.
 * `take(path)` answers the provenance of the file (null when its folder has no sources.json or
 * the file is not named there); `errors()` yields each unreadable sources.json once, the first
 * time a file of its folder is looked up.
 *
 * @example
 *   const provenance = provenanceLookup();
 *   const p = provenance.take("articles/100_kremlin.html"); // from articles/sources.json
 */
export function provenanceLookup(): {
  take(path: string): { provenance: Provenance | null; error: InputError | null };
} {
  const folders = new Map<string, Map<string, Provenance> | null>();
  return {
    take(path) {
      const dir = dirname(path);
      let error: InputError | null = null;
      let known = folders.get(dir);
      if (known === undefined) {
        const read = readSourcesFile(dir);
        if (read instanceof InputError) error = read;
        known = read instanceof InputError ? null : read;
        folders.set(dir, known);
      }
      return { provenance: known?.get(basename(path)) ?? null, error };
    },
  };
}
