import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built `curtain` binary as users do; `npm test` builds dist/ first.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-out-"));
const article = (country: string) =>
  `Russia expels diplomats\n\nRussia expelled two ${country} diplomats on Monday, the foreign ministry in Moscow said.\n`;

beforeAll(() => {
  mkdirSync(join(dir, "x"));
  mkdirSync(join(dir, "y"));
  writeFileSync(join(dir, "x", "story.txt"), article("Estonian"));
  writeFileSync(join(dir, "y", "story.txt"), article("Latvian"));
  writeFileSync(join(dir, "story.2024.txt"), article("Polish"));
  writeFileSync(join(dir, "a-file"), "not a folder");
});

function run(...args: string[]) {
  // A timeout turns a hang into a failed test instead of a stuck suite.
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("curtain extract --out", () => {
  it("inputs sharing a name up to the first dot get unique files, one line per clash", () => {
    const r = run("extract", "x/story.txt", "y/story.txt", "story.2024.txt", "--out", "out");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["story-2.json", "story-3.json", "story.json"]);
    const target = (name: string) =>
      (JSON.parse(readFileSync(join(dir, "out", name), "utf8")) as { events: { target: string }[] }).events[0]
        ?.target;
    // The first input keeps the name CONTRACT.md gives it; later ones follow in the order given.
    expect([target("story.json"), target("story-2.json"), target("story-3.json")]).toEqual([
      "EST",
      "LVA",
      "POL",
    ]);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/y\/story\.txt.*story\.json.*x\/story\.txt.*story-2\.json/);
    expect(lines[1]).toMatch(/story\.2024\.txt.*story-3\.json/);
  });

  const unwritable: [string, string, RegExp][] = [
    ["a file", "a-file", /--out a-file: is a file/],
    ["a path under a file", "a-file/sub/dir", /--out a-file\/sub\/dir: .*a-file is a file/],
  ];
  if (existsSync("/proc/self"))
    unwritable.push([
      "a place where no folder can be made",
      "/proc/curtain-out",
      /--out \/proc\/curtain-out: cannot create/,
    ]);
  it.each(unwritable)("into %s: one line naming it and the reason, exit 2", (_, out, reason) => {
    const r = run("extract", "x/story.txt", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // Root writes into a read-only folder anyway, so this case is only seen by other users.
  it.skipIf(process.getuid?.() === 0)("into a read-only folder: one line, exit 2", () => {
    mkdirSync(join(dir, "read-only"));
    chmodSync(join(dir, "read-only"), 0o555);
    const r = run("extract", "x/story.txt", "--out", "read-only/sub");
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^curtain extract: --out read-only\/sub: permission denied$/);
  });
});
