import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built `curtain` binary as users do; `npm test` builds dist/ first.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-bad-"));
const good = join(dir, "good.txt");

beforeAll(() => {
  writeFileSync(
    good,
    "Russia expels diplomats\n\nRussia expelled two Estonian diplomats on Monday, the foreign ministry in Moscow said.\n",
  );
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(
    join(dir, "binary.txt"),
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0]),
  );
  writeFileSync(join(dir, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
  writeFileSync(
    join(dir, "latin1.txt"),
    Buffer.from("Title\n\nBelgrade said the caf\xe9 was closed.\n", "latin1"),
  );
  writeFileSync(
    join(dir, "empty.html"),
    "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
  );
});

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("curtain extract on bad input", () => {
  const cases: [string, RegExp][] = [
    ["empty.txt", /empty/i],
    ["binary.txt", /binary/i],
    ["huge.txt", /50 MB.*limit/i],
    ["latin1.txt", /UTF-8/i],
    ["empty.html", /no article/i],
    ["missing.txt", /no such file/i],
  ];

  it.each(cases)(
    "%s: one line naming the file and the reason, exit 1, the good file still done",
    (name, reason) => {
      const out = join(dir, `out-${name}`);
      const r = run("extract", join(dir, name), good, "--out", out);
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split("\n");
      const line = lines.find((l) => l.includes(name));
      expect(line, r.stderr).toBeDefined();
      expect(line).toMatch(reason);
      expect(lines.filter((l) => l.includes(name))).toHaveLength(1);
      const doc = JSON.parse(execFileSync("cat", [join(out, "good.json")], { encoding: "utf8" })) as {
        events: { type: string; actor: string; target: string }[];
      };
      expect(doc.events.map((e) => `${e.type} ${e.actor} ${e.target}`)).toContain("SANCTION RUS EST");
    },
  );

  it("bad usage exits 2", () => {
    expect(run("extract").code).toBe(2);
    expect(run("extract", good, "--published", "21/11/2019").code).toBe(2);
    expect(run("no-such-command").code).toBe(2);
  });

  it("--help explains the command and exits 0", () => {
    const r = run("extract", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--published/);
    expect(r.stdout).toMatch(/Exit codes/);
  });

  it("--json prints one document for one input and an array for several", () => {
    const one = JSON.parse(run("extract", good, "--json").stdout) as { mainText: string };
    expect(one.mainText).toMatch(/^Russia expels diplomats/);
    const two = JSON.parse(run("extract", good, good, "--json").stdout) as unknown[];
    expect(two).toHaveLength(2);
  });
});
