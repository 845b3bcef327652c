import { isAscii } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";

/** Bytes decoded and split at once: large enough to amortise calls, small enough to die young. */
const BLOCK_BYTES = 1024 * 1024;

/** Successive lines of one block, and the 1-based number of its first line. */
export interface LineBlock {
  readonly lines: string[];
  readonly firstLine: number;
}

/**
 * Yields successive blocks of whole lines (UTF-8, without their "\n" or "\r\n") of a file, read
 * block by block so that memory stays flat however large it is, or of bytes in memory.
 */
export function* lineBlocks(input: string | Buffer): Generator<LineBlock> {
  let lineNo = 1;
  const block = (text: string): LineBlock => {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.endsWith("\r")) lines[i] = line.slice(0, -1);
    }
    const result = { lines, firstLine: lineNo };
    lineNo += lines.length;
    return result;
  };
  if (typeof input !== "string") {
    for (let start = 0; start < input.length;) {
      let end = Math.min(start + BLOCK_BYTES, input.length);
      if (end < input.length) end = input.indexOf(0x0a, end - 1) + 1 || input.length;
      yield block(withoutFinalNewline(decode(input, start, end)));
      start = end;
    }
    return;
  }
  const fd = openSync(input, "r");
  try {
    let buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    let held = 0;
    for (;;) {
      if (held === buffer.length) {
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, held);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, held, buffer.length - held, null);
      held += read;
      if (read === 0) {
        if (held > 0) yield block(withoutFinalNewline(decode(buffer, 0, held)));
        return;
      }
      const nl = buffer.lastIndexOf(0x0a, held - 1);
      if (nl < 0) continue;
      const text = decode(buffer, 0, nl);
      buffer.copy(buffer, 0, nl + 1, held);
      held -= nl + 1;
      yield block(text);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes as UTF-8 text. A block of ASCII only (GDELT's exports are, nearly all of them) is the same
 * text read as Latin-1, which copies the bytes as they are: checking and copying is ~3x faster than
 * decoding UTF-8.
 */
function decode(buffer: Buffer, start: number, end: number): string {
  return buffer.toString(isAscii(buffer.subarray(start, end)) ? "latin1" : "utf8", start, end);
}

function withoutFinalNewline(text: string): string {
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}
