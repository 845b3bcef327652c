import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { EventsTable } from "../../store/schema.js";
import type { Store } from "../../store/store.js";
import type { CameoMap } from "./cameo-map.js";
import { LAYOUT_HEAD_BYTES, layoutProblem } from "./layout.js";
import { lineBlocks } from "./lines.js";
import { parseGdeltRow, type RowContext } from "./parse-row.js";
import { looksLikeZip, readZipEntries } from "./zip.js";

/** Malformed rows reported one by one per file; the rest are counted. */
export const REPORTED_ROWS = 20;

/** What an import did, summed over its files. */
export interface GdeltCounts {
  files: number;
  failedFiles: number;
  /** Non-empty lines read. */
  rows: number;
  /** Events inserted; rows already stored (a re-import) are in `present`. */
  stored: number;
  present: number;
  malformed: number;
  /** Rows whose CAMEO code has no type of ours. */
  unmapped: number;
  /** Rows without an Actor1 or Actor2 country. */
  noCountry: number;
}

export interface GdeltImportOptions {
  readonly cameo: CameoMap;
  readonly stateOfFips: ReadonlyMap<string, string>;
  /** A malformed row (`line` 1-based) or, with `line` null, a whole file that could not be read. */
  readonly onError?: (file: string, line: number | null, reason: string) => void;
  /** After each block of lines. */
  readonly onProgress?: (counts: GdeltCounts) => void;
}

export function emptyCounts(): GdeltCounts {
  return {
    files: 0,
    failedFiles: 0,
    rows: 0,
    stored: 0,
    present: 0,
    malformed: 0,
    unmapped: 0,
    noCountry: 0,
  };
}

/**
 * Imports GDELT 2.0 event export files (tab-separated `.CSV`, or a `.zip` of them) into the store.
 * Each file is one document (id: sha256 of its bytes) and each mapped row one event (id:
 * `gdelt-GLOBALEVENTID`), so re-importing a file stores nothing new. A malformed row is reported
 * and skipped; a file that cannot be read is reported and the next one read.
 */
export async function importGdeltFiles(
  files: readonly string[],
  store: Store,
  options: GdeltImportOptions,
  counts: GdeltCounts = emptyCounts(),
): Promise<GdeltCounts> {
  for (const file of files) {
    counts.files++;
    try {
      await importFile(file, store, options, counts);
    } catch (err) {
      if (!(err instanceof FileError)) throw err;
      counts.failedFiles++;
      options.onError?.(file, null, err.message);
    }
  }
  return counts;
}

/** A whole file that cannot be read: reported, and the import goes on with the next. */
class FileError extends Error {}

async function importFile(file: string, store: Store, options: GdeltImportOptions, counts: GdeltCounts) {
  const { inputs, id } = open(file);
  await store.putImportedFile({
    id,
    source: file,
    fetchedAt: new Date().toISOString(),
    title: basename(file),
    format: "gdelt",
    contentType: "text/tab-separated-values",
  });
  const ctx: RowContext = { documentId: id, cameo: options.cameo, stateOfFips: options.stateOfFips };
  let malformed = 0;
  let events = 0;
  /** The file's events, parsed as the store pulls them; the rest is counted and reported here. */
  function* rows(): Generator<EventsTable> {
    for (const { label, input } of inputs) {
      for (const { lines, firstLine } of lineBlocks(input)) {
        for (let i = 0; i < lines.length; i++) {
          const line = lines[i]!;
          if (line === "") continue;
          counts.rows++;
          const result = parseGdeltRow(line, ctx);
          if (result.kind === "event") {
            events++;
            yield result.row;
          } else if (result.kind === "unmapped") counts.unmapped++;
          else if (result.kind === "no-country") counts.noCountry++;
          else {
            counts.malformed++;
            if (++malformed <= REPORTED_ROWS) options.onError?.(label, firstLine + i, result.reason);
          }
        }
        options.onProgress?.(counts);
      }
    }
  }
  const inserted = await store.bulkInsertEvents(rows());
  counts.stored += inserted;
  counts.present += events - inserted;
  if (malformed > REPORTED_ROWS)
    options.onError?.(file, null, `${malformed - REPORTED_ROWS} more malformed rows not listed`);
}

/** Where rows come from: the file's path, or the inflated entry of a zip, named for messages. */
interface RowInput {
  readonly label: string;
  readonly input: string | Buffer;
}

/**
 * The file's row inputs and its id, the sha256 of its bytes; a FileError when it is no GDELT
 * export (see layoutProblem), checked before anything is stored. A zip holding several files
 * imports all of them, as one document (FILE/ENTRY in messages); it is refused whole when one of
 * them is not an export, since a stray file beside the exports means the archive is not what the
 * user thinks.
 */
function open(file: string): { inputs: RowInput[]; id: string } {
  let head: Buffer;
  try {
    if (!statSync(file).isFile()) throw new FileError("not a file");
    head = readHead(file, LAYOUT_HEAD_BYTES);
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError(describe(err));
  }
  if (looksLikeZip(head)) {
    const zip = readFileSync(file);
    let entries;
    try {
      entries = readZipEntries(zip);
    } catch (err) {
      throw new FileError(describe(err));
    }
    if (entries.length === 0) throw new FileError("the zip archive holds no file");
    const several = entries.length > 1;
    for (const entry of entries) {
      const problem = layoutProblem(entry.data.subarray(0, LAYOUT_HEAD_BYTES));
      if (problem) throw new FileError(notGdelt(several ? `${entry.name}: ${problem}` : problem));
    }
    return {
      inputs: entries.map((e) => ({ label: several ? `${file}/${e.name}` : file, input: e.data })),
      id: sha256(zip),
    };
  }
  const problem = layoutProblem(head);
  if (problem) throw new FileError(notGdelt(problem));
  return { inputs: [{ label: file, input: file }], id: sha256OfFile(file) };
}

function notGdelt(reason: string): string {
  return `not a GDELT 2.0 export (${reason})`;
}

function readHead(file: string, bytes: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(bytes);
    return head.subarray(0, readSync(fd, head, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Hashed block by block, so that a file of millions of rows is never whole in memory. */
function sha256OfFile(file: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  const fd = openSync(file, "r");
  try {
    for (let n; (n = readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return "no such file";
  if (e.code === "EACCES") return "permission denied";
  if (e.code === "EISDIR") return "not a file";
  return e instanceof Error ? e.message : String(err);
}
