import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../input-error.js";

/** File names read from folders: text and HTML, plain or gzipped. */
export const ARTICLE_FILE = /\.(txt|html?)(\.gz)?$/i;

/** The files named or found under folders, in a stable order, and what was passed over. */
export interface FileListing {
  readonly files: readonly string[];
  /** Files in folders whose extension is not an article's. */
  readonly skipped: number;
  /** Paths that could not be listed (missing, unreadable). */
  readonly errors: readonly InputError[];
}

/**
 * Lists the article files among `paths`: a file is taken as given (whatever its name), a folder
 * is walked recursively in name order, taking only files that match ARTICLE_FILE.
 */
export function listFiles(paths: readonly string[]): FileListing {
  const files: string[] = [];
  const errors: InputError[] = [];
  let skipped = 0;
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      errors.push(new InputError(dir, `cannot list (${codeOf(err)})`, { cause: err }));
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      let isDir: boolean;
      try {
        isDir = statSync(path).isDirectory();
      } catch (err) {
        errors.push(new InputError(path, `cannot read (${codeOf(err)})`, { cause: err }));
        continue;
      }
      if (isDir) walk(path);
      else if (ARTICLE_FILE.test(name)) files.push(path);
      else skipped++;
    }
  };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // Left to the reader, which reports a missing file in the same words as `extract`.
    }
    if (isDir) walk(path);
    else files.push(path);
  }
  return { files, skipped, errors };
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}
