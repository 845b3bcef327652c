import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lineBlocks } from "./lines.js";

const dir = mkdtempSync(join(tmpdir(), "curtain-lines-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every line of the blocks, and whether their numbers run on from block to block. */
function read(input: string | Buffer): string[] {
  const lines: string[] = [];
  for (const block of lineBlocks(input)) {
    expect(block.firstLine).toBe(lines.length + 1);
    lines.push(...block.lines);
  }
  return lines;
}

describe("lineBlocks", () => {
  // ~3 MB: blocks of ASCII only (read as Latin-1) and blocks with UTF-8 (decoded as such), CRLF
  // and LF endings, a character of 2, 3 and 4 bytes.
  const lines = Array.from({ length: 30_000 }, (_, i) => {
    const line = `${1_000_000 + i}\t20220224\tRUS\tRUSSIA\t${"x".repeat(i % 80)}`;
    if (i >= 20_000 && i % 997 === 0) return `${line}\tKÖLN 北京 \u{1F30D}`;
    return line;
  });
  const text = lines.map((l, i) => (i % 3 === 0 ? `${l}\r\n` : `${l}\n`)).join("");

  it("reads ASCII and UTF-8 lines of a file as UTF-8 text, block by block", () => {
    const file = join(dir, "mixed.CSV");
    writeFileSync(file, text);
    expect(read(file)).toEqual(lines);
  });

  it("reads the same lines from bytes in memory", () => {
    expect(read(Buffer.from(text))).toEqual(lines);
  });

  it("replaces bytes that are not UTF-8 as decoding UTF-8 does", () => {
    const bytes = Buffer.concat([Buffer.from("a\tb\n"), Buffer.from([0x63, 0xe9, 0x0a]), Buffer.from("d\n")]);
    expect(read(bytes)).toEqual(["a\tb", "c\ufffd", "d"]);
  });
});
