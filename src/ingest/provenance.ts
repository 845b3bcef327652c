import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";
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

const text = z.string().trim().min(1).max(4000);

/** One entry of a sources.json: `file` names an article of the folder; other keys are ignored. */
const entry = z.object({
  file: z.string().min(1),
  outlet: text.nullish(),
  licence: text.nullish(),
  attribution: text.nullish(),
  /** The article's address. */
  url: text.nullish(),
  /** A note on where it came from, when it has no address. */
  origin: text.nullish(),
  /** Written for the project; absent or false: a real article. */
  written: z.boolean().nullish(),
});

const sourcesFile = z.array(entry);

function provenanceOf(e: z.output<typeof entry>): Provenance {
  return {
    outlet: e.outlet ?? null,
    licence: e.licence ?? null,
    attribution: e.attribution ?? null,
    origin: e.url ?? e.origin ?? null,
    written: e.written ?? false,
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
  const parsed = sourcesFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `at ${issue.path.join(".")}: ` : "";
    return new InputError(
      path,
      `not a list of { file, outlet, licence, attribution, url, origin, written } (${where}${issue?.message ?? "invalid"})`,
    );
  }
  const byFile = new Map<string, Provenance>();
  for (const e of parsed.data) byFile.set(e.file, provenanceOf(e));
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
