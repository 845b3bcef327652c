import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/curtain.mjs", import.meta.url));
const TRACE = fileURLToPath(new URL("./fixtures/module-trace/register.mjs", import.meta.url));
const ARTICLE = fileURLToPath(
  new URL("../data/sample/000_2019-11-21_putin-iron-curtain.txt", import.meta.url),
);
/** Polish, and an English page (language from its lang attribute). */
const POLISH = fileURLToPath(new URL("./fixtures/clean/pl-dump.txt", import.meta.url));
const PAGE = fileURLToPath(
  new URL("../data/sample/026_2022-04-27_gazprom_halts_poland_bulgaria.html", import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), "curtain-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages a run of `curtain ARGS` loaded (the built CLI, as a user runs it). */
function packagesLoaded(...args: string[]): Set<string> {
  const trace = join(dir, `${args.join("_").replace(/[^a-z-]/gi, "")}.txt`);
  execFileSync(process.execPath, ["--import", TRACE, BIN, ...args], {
    env: { ...process.env, CURTAIN_MODULE_TRACE: trace },
    stdio: ["ignore", "ignore", "pipe"],
  });
  const packages = readFileSync(trace, "utf8")
    .split("\n")
    .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
    .filter((p): p is string => p !== undefined);
  return new Set(packages);
}

/** Each costs 0.1-1.5 s to compile on this project's machines. */
const HEAVY = [
  "eld",
  "wink-nlp",
  "wink-eng-lite-web-model",
  "chrono-node",
  "linkedom",
  "@mozilla/readability",
  "yaml",
  "zod",
  "world-countries",
  "kysely",
  "pg",
  "better-sqlite3",
  "fast-xml-parser",
];

describe("start-up of the built command", () => {
  it.each(["--help", "--version", "extract --help"])(
    "`curtain %s` loads none of the heavy packages",
    (args) => {
      const loaded = packagesLoaded(...args.split(" "));
      expect(loaded.has("commander")).toBe(true);
      expect(HEAVY.filter((p) => loaded.has(p))).toEqual([]);
    },
  );

  it("`curtain extract` reads the compiled knowledge base and lexicon, not the YAML", () => {
    const loaded = packagesLoaded("extract", ARTICLE, "--published", "2019-11-21");
    expect(loaded.has("wink-nlp")).toBe(true);
    expect(["yaml", "zod", "world-countries", "kysely", "pg"].filter((p) => loaded.has(p))).toEqual([]);
  });

  it("`curtain extract` of a plain English text loads no language identifier and no HTML parser", () => {
    const loaded = packagesLoaded("extract", ARTICLE, "--published", "2019-11-21");
    expect(loaded.has("chrono-node")).toBe(true);
    expect(["eld", "linkedom", "@mozilla/readability"].filter((p) => loaded.has(p))).toEqual([]);
  });

  it("loads eld for a text in another language, and linkedom for a page", () => {
    expect(packagesLoaded("extract", POLISH).has("eld")).toBe(true);
    const page = packagesLoaded("extract", PAGE);
    expect(page.has("linkedom")).toBe(true);
    expect(page.has("@mozilla/readability")).toBe(true);
  });
});
