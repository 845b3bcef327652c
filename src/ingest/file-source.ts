import { InputError } from "../input-error.js";
import { listFiles } from "./list-files.js";
import { provenanceLookup } from "./provenance.js";
import type { RawDocument } from "./raw-document.js";
import { readRawFile } from "./read-file.js";
import type { Source } from "./source.js";

export interface FileSourceOptions {
  /** Publication date given to every document, YYYY-MM-DD. */
  readonly published?: string | null;
  readonly maxBytes?: number;
}

/** A source over files and folders, with how many files it passed over. */
export interface FileSource {
  readonly source: Source;
  readonly files: number;
  readonly skipped: number;
}

/**
 * Reads the files named in `paths` and the article files under its folders, in name order. A file
 * named in the sources.json of its folder carries the provenance said there (see provenance.ts).
 *
 * @example
 *   const { source, skipped } = fileSource(["articles/"], { published: "2019-11-21" });
 *   for await (const item of source) if (!(item instanceof InputError)) console.log(item.source);
 */
export function fileSource(paths: readonly string[], options: FileSourceOptions = {}): FileSource {
  const listing = listFiles(paths);
  async function* read(): AsyncGenerator<RawDocument | InputError> {
    yield* listing.errors;
    const provenance = provenanceLookup();
    for (const file of listing.files) {
      const { provenance: p, error } = provenance.take(file);
      if (error) yield error;
      try {
        yield { ...readRawFile(file, options.published ?? null, options.maxBytes), provenance: p };
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        yield err;
      }
    }
  }
  return { source: read(), files: listing.files.length, skipped: listing.skipped };
}
