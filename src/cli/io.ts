import { InvalidArgumentError } from "commander";
import { iconv } from "../clean/iconv.js";
import { writeChunks, type WriteOutcome } from "./write-chunks.js";

/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /**
   * Writes a long output (an export) chunk by chunk at the reader's pace; "closed" when the reader
   * went away. Without it, each chunk goes to `out`.
   */
  stream?(chunks: AsyncIterable<string>): Promise<WriteOutcome>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  stream: (chunks) => writeChunks(process.stdout, chunks),
};

/** `io.stream`, or each chunk through `io.out` where the Io has no stream. */
export async function streamOut(io: Io, chunks: AsyncIterable<string>): Promise<WriteOutcome> {
  if (io.stream) return io.stream(chunks);
  for await (const chunk of chunks) io.out(chunk);
  return "done";
}

export function parseDay(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
}

/** An encoding iconv-lite can read: a misspelt one is bad usage before any file is read. */
export function parseEncoding(value: string): string {
  if (!iconv().encodingExists(value))
    throw new InvalidArgumentError(
      `unknown encoding "${value}" (e.g. utf-8, windows-1251, koi8-r, iso-8859-2)`,
    );
  return value;
}
