import { readFileSync, statSync, type Stats } from "node:fs";
import { InputError } from "../input-error.js";
import { overLimit } from "./megabytes.js";
import type { RawDocument } from "./raw-document.js";

/** Largest file read, by default; larger files are refused before reading. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Reads one file as a raw document; a missing, unreadable or oversized file is an InputError. */
export function readRawFile(
  path: string,
  published: string | null,
  maxBytes: number = DEFAULT_MAX_BYTES,
): RawDocument {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(path, "is a directory, not a file");
    // A named pipe, socket or device has no end to wait for and no size to check: reading one
    // blocks until a writer comes and may never finish, so it is refused rather than waited on.
    if (!stat.isFile()) throw new InputError(path, `is ${specialKind(stat)}, not a regular file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(err)})`, {
      cause: err,
    });
  }
  if (size > maxBytes) throw new InputError(path, overLimit(size, maxBytes));
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, {
      cause: err,
    });
  }
  return {
    kind: "RawDocument",
    source: path,
    bytes,
    contentType: null,
    fetchedAt: new Date().toISOString(),
    published,
  };
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "a special file";
}
