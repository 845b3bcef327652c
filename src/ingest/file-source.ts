import { InputError } from "../input-error.js";
import { listFiles } from "./list-files.js";
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
 * Reads the files named in `paths` and the article files under its folders, in name order.
 *
 * @example
 *   const { source, skipped } = fileSource(["articles/"], { published: "2019-11-21" });
 *   for await (const item of source) if (!(item instanceof InputError)) console.log(item.source);
 */
export function fileSource(paths: readonly string[], options: FileSourceOptions = {}): FileSource {
  const listing = listFiles(paths);
  async function* read(): AsyncGenerator<RawDocument | InputError> {
    yield* listing.errors;
    for (const file of listing.files) {
      try {
        yield readRawFile(file, options.published ?? null, options.maxBytes);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        yield err;
      }
    }
  }
  return { source: read(), files: listing.files.length, skipped: listing.skipped };
}
