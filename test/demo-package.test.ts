import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { demoFiles, SAMPLE_DIR } from "../src/cli/demo-command.js";

const ROOT = join(import.meta.dirname, "..");

// What `npm install curtain && npx curtain demo` reads: the package as npm packs it (dist as built
// by `npm run build`, which `npm test` runs first), unpacked and run from there.
describe("the npm package's demo corpus", () => {
  it("holds every article of the checkout's demo, with the real articles' sources and no gold", () => {
    const tmp = mkdtempSync(join(tmpdir(), "curtain-pack-"));
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", tmp], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as { filename: string; files: { path: string }[] }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).toContain("test/corpus-real/SOURCES.md");
    expect(files).toContain("test/corpus-real/sources.json");
    expect(files).toContain("data/sample/sources.json");
    expect(files.filter((f) => f.endsWith(".gold.json"))).toEqual([]);

    execFileSync("tar", ["-xzf", join(tmp, packed[0]!.filename), "-C", tmp]);
    const pkg = join(tmp, "package");
    // The package's dependencies, as an install would put them beside it.
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
    const db = join(tmp, "demo.db");
    const out = execFileSync(
      process.execPath,
      [join(pkg, "bin", "curtain.mjs"), "demo", "--no-serve", "--db", db],
      { cwd: tmp, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const expected = demoFiles().length;
    expect(expected).toBeGreaterThanOrEqual(150);
    const read = /: (\d+) articles, (\d+) stored now .*, (\d+) failed\./.exec(out);
    expect(read, out).not.toBeNull();
    expect(Number(read![1])).toBe(expected);
    expect(Number(read![2])).toBe(expected);
    expect(Number(read![3])).toBe(0);
    expect(existsSync(db)).toBe(true);
    const store = new Database(db, { readonly: true });
    const stored = store.prepare("SELECT count(*) AS n FROM documents").get() as { n: number };
    store.close();
    expect(stored.n).toBe(expected);
    // The articles the unpacked demo read are the checkout's, file for file.
    const shipped = (dir: string) =>
      readdirSync(join(pkg, dir))
        .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
        .sort();
    const local = (dir: string) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
        .sort();
    expect(shipped("data/sample")).toEqual(local("data/sample"));
    expect(shipped("test/corpus-real")).toEqual(local("test/corpus-real"));
  }, 120_000);
});

describe("the sample corpus's sources (data/sample/sources.json)", () => {
  it("names every sample article once, with its publication date, origin and licence", () => {
    const records = JSON.parse(readFileSync(join(SAMPLE_DIR, "sources.json"), "utf8")) as {
      file: string;
      published: string;
      written: boolean;
      origin: string;
      licence: string;
    }[];
    const articles = readdirSync(SAMPLE_DIR).filter((f) => /\.(txt|html?)(\.gz)?$/.test(f));
    expect(records.map((r) => r.file).sort()).toEqual(articles.sort());
    for (const r of records) {
      expect(r.file.includes(`_${r.published}_`), r.file).toBe(true);
      expect(typeof r.written, r.file).toBe("boolean");
      expect(r.origin.length, r.file).toBeGreaterThan(0);
      expect(r.licence.length, r.file).toBeGreaterThan(0);
    }
    // Articles written for the demo carry their gold file beside them, and say they were written.
    for (const gold of readdirSync(SAMPLE_DIR).filter((f) => f.endsWith(".gold.json"))) {
      const { document } = JSON.parse(readFileSync(join(SAMPLE_DIR, gold), "utf8")) as { document: string };
      expect(records.find((r) => r.file === document)?.written, gold).toBe(true);
    }
  });
});
