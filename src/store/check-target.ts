import { accessSync, constants, statSync, type Stats } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../input-error.js";
import { UsageError } from "../usage-error.js";

/** How a store is opened: to write (created when missing), or only to read an existing one. */
export type OpenMode = "write" | "read";

/**
 * Fails with one reason before SQLite is asked, which would answer with a stack trace or create a
 * file where none was wanted: a URL of another database (UsageError), a folder, a missing or
 * unwritable folder, a file that cannot be read or written as the mode needs.
 */
export function checkSqliteTarget(target: string, mode: OpenMode, mustExist: boolean): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1];
  if (scheme)
    throw new UsageError(
      target,
      `unsupported database "${scheme}:" (give a SQLite file path or a postgres:// URL)`,
    );
  const file = stat(target);
  const folder = dirname(resolve(target));
  if (file?.isDirectory()) throw new InputError(target, "is a folder, not a database file");
  if (!file) {
    if (mode === "read" || mustExist)
      throw new InputError(target, "no such database (run `curtain ingest` first)");
    const parent = stat(folder);
    if (!parent) throw new InputError(target, `cannot create the database: folder ${folder} does not exist`);
    if (!parent.isDirectory())
      throw new InputError(target, `cannot create the database: ${folder} is not a folder`);
    if (!allowed(folder, constants.W_OK))
      throw new InputError(target, `cannot create the database: no permission to write in ${folder}`);
    return;
  }
  if (!file.isFile()) throw new InputError(target, "is not a regular file");
  if (!allowed(target, constants.R_OK)) throw new InputError(target, "no permission to read the database");
  if (mode === "read") return;
  if (!allowed(target, constants.W_OK))
    throw new InputError(
      target,
      "no permission to write the database (commands that only read can still query it)",
    );
  // SQLite keeps its -wal and -shm files next to the database while it writes.
  if (!allowed(folder, constants.W_OK))
    throw new InputError(
      target,
      `no permission to write in its folder ${folder}, where SQLite keeps its journal`,
    );
}

function stat(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function allowed(path: string, mode: number): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}
