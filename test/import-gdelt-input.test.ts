import { crc32 } from "node:zlib";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli as run } from "./run-cli.js";

// A real GDELT 2.0 export (see its README); tests that need it are skipped where it is absent.
const REAL = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "fixtures",
  "gdelt",
  "20191024143000.export.CSV",
);
const dir = mkdtempSync(join(tmpdir(), "curtain-gdelt-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A zip archive of stored (uncompressed) files, headers written by hand. */
function zipOf(files: readonly [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function eventCount(db: string): Promise<number> {
  const { stdout } = await run("events", "--db", db, "--format", "ndjson");
  return stdout.split("\n").filter(Boolean).length;
}

describe("import-gdelt on what is not a GDELT export", () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ["empty.export.CSV.zip", "", /empty file/],
    ["empty.export.CSV", "", /empty file/],
    [
      "table.CSV",
      "name,country,year\nVucic,SRB,2019\nOrban,HUN,2019\n".repeat(20),
      /1 tab-separated field, not 61/,
    ],
    [
      "page.export.CSV",
      "<html>\t<body>\tnot\tdata</body></html>\n".repeat(30),
      /4 tab-separated fields, not 61/,
    ],
    ["image.CSV.zip", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
  ];
  it.each(cases)(
    "%s: one line 'not a GDELT 2.0 export (...)', exit 1, nothing stored",
    async (name, bytes, why) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const db = join(dir, `${name}.db`);
      const { code, stderr } = await run("import-gdelt", file, "--db", db);
      expect(code).toBe(1);
      const lines = stderr.trim().split("\n");
      expect(lines, stderr).toHaveLength(2);
      expect(lines[0]).toMatch(new RegExp(`^curtain import-gdelt: ${file}: not a GDELT 2\\.0 export \\(`));
      expect(lines[0]).toMatch(why);
      expect(lines[1]).toMatch(/1 file \(1 failed\)/);
      expect(await eventCount(db)).toBe(0);
    },
  );
});

describe.skipIf(!existsSync(REAL))("import-gdelt of a zip holding several files", () => {
  const real = existsSync(REAL) ? readFileSync(REAL) : Buffer.alloc(0);
  const cut = real.indexOf(0x0a, Math.floor(real.length / 2)) + 1;

  it("imports every export in it, as many events as the same rows in one CSV", async () => {
    const whole = join(dir, "whole.db");
    expect((await run("import-gdelt", REAL, "--db", whole)).code).toBe(0);
    const zip = join(dir, "two.zip");
    writeFileSync(
      zip,
      zipOf([
        ["20191024143000.first.export.CSV", real.subarray(0, cut)],
        ["20191024143000.second.export.CSV", real.subarray(cut)],
      ]),
    );
    const split = join(dir, "split.db");
    const { code, stderr } = await run("import-gdelt", zip, "--db", split);
    expect(code, stderr).toBe(0);
    const rows = real.toString("utf8").split("\n").filter(Boolean).length;
    expect(stderr).toContain(`${rows} rows`);
    const n = await eventCount(whole);
    expect(n).toBeGreaterThan(0);
    expect(await eventCount(split)).toBe(n);
  });

  it("refuses the zip with one line when a file in it is not an export", async () => {
    const zip = join(dir, "mixed.zip");
    writeFileSync(
      zip,
      zipOf([
        ["20191024143000.export.CSV", real],
        ["README.txt", Buffer.from("Exports of 24 October\n")],
      ]),
    );
    const db = join(dir, "mixed.db");
    const { code, stderr } = await run("import-gdelt", zip, "--db", db);
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")[0]).toBe(
      `curtain import-gdelt: ${zip}: not a GDELT 2.0 export (README.txt: its first line has 1 tab-separated field, not 61)`,
    );
    expect(await eventCount(db)).toBe(0);
  });
});
