import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoFiles } from "../cli/demo-command.js";
import { InputError } from "../input-error.js";
import { fileSource } from "./file-source.js";
import type { RawDocument } from "./raw-document.js";
import { provenanceLookup, readSourcesFile } from "./provenance.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "curtain-provenance-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const ARTICLE =
  "Russia and Serbia sign a gas deal\n\nBELGRADE - Serbia signed a gas deal with Russia on Monday.";

describe("provenance from sources.json", () => {
  it("gives every demo article its licence, and marks each written one", () => {
    const lookup = provenanceLookup();
    const seen = demoFiles().map((file) => ({ file, ...lookup.take(file) }));
    expect(seen.length).toBeGreaterThanOrEqual(199);
    for (const s of seen) {
      expect(s.error, s.file).toBeNull();
      expect(s.provenance?.licence, s.file).toBeTruthy();
      expect(s.provenance?.origin, s.file).toBeTruthy();
    }
    const real = seen.filter((s) => s.file.includes("corpus-real"));
    expect(real.length).toBeGreaterThanOrEqual(173);
    for (const s of real) {
      expect(s.provenance?.written, s.file).toBe(false);
      expect(s.provenance?.outlet, s.file).toBeTruthy();
      expect(s.provenance?.origin, s.file).toMatch(/^https?:\/\//);
    }
    const made = seen.filter((s) => /\/0(4\d|5[0-6])_/.test(s.file));
    expect(made.length).toBeGreaterThanOrEqual(17);
    for (const s of made) expect(s.provenance?.written, s.file).toBe(true);
  });

  it("reads outlet, licence, attribution, url or origin note, and written; ignores other keys", () => {
    const dir = folder({
      "sources.json": JSON.stringify([
        {
          file: "a.txt",
          outlet: "Outlet",
          licence: "CC BY 4.0",
          attribution: "Outlet, 'A', CC BY 4.0",
          url: "https://example.org/a",
          words: 12,
        },
        { file: "b.txt", licence: "MIT", origin: "written for the tests", written: true },
      ]),
    });
    const read = readSourcesFile(dir);
    expect(read).toBeInstanceOf(Map);
    const byFile = read as Map<string, unknown>;
    expect(byFile.get("a.txt")).toEqual({
      outlet: "Outlet",
      licence: "CC BY 4.0",
      attribution: "Outlet, 'A', CC BY 4.0",
      origin: "https://example.org/a",
      written: false,
    });
    expect(byFile.get("b.txt")).toEqual({
      outlet: null,
      licence: "MIT",
      attribution: null,
      origin: "written for the tests",
      written: true,
    });
    expect(readSourcesFile(folder({}))).toBeNull();
  });

  it("reports a malformed sources.json once, naming the entry, and reads the articles without it", async () => {
    for (const [json, reason] of [
      ["[{", /not JSON/],
      [JSON.stringify([{ file: "a.txt", written: "yes" }]), /at 0\.written/],
      [JSON.stringify({ file: "a.txt" }), /not a list/],
    ] as const) {
      const dir = folder({
        "sources.json": json,
        "a.txt": ARTICLE,
        "b.txt": ARTICLE.replace("Monday", "Friday"),
      });
      const items = [];
      for await (const item of fileSource([dir]).source) items.push(item);
      const errors = items.filter((i) => i instanceof InputError);
      expect(errors).toHaveLength(1);
      expect(errors[0]?.input).toBe(join(dir, "sources.json"));
      expect(errors[0]?.reason).toMatch(reason);
      const docs = items.filter((i): i is RawDocument => !(i instanceof InputError));
      expect(docs.map((d) => [basename(d.source), d.provenance])).toEqual([
        ["a.txt", null],
        ["b.txt", null],
      ]);
    }
  });

  it("gives files read from a folder, or named one by one, the provenance of their folder's sources.json", async () => {
    const dir = folder({
      "sources.json": JSON.stringify([{ file: "a.txt", licence: "CC BY 4.0", url: "https://example.org/a" }]),
      "a.txt": ARTICLE,
      "b.txt": ARTICLE.replace("Monday", "Friday"),
    });
    for (const paths of [[dir], [join(dir, "a.txt"), join(dir, "b.txt")]]) {
      const got = [];
      for await (const item of fileSource(paths).source)
        if (!(item instanceof InputError))
          got.push([basename(item.source), item.provenance?.licence ?? null]);
      expect(got).toEqual([
        ["a.txt", "CC BY 4.0"],
        ["b.txt", null],
      ]);
    }
  });
});
