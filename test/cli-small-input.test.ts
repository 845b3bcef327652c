import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built `curtain` binary as users do; `npm test` builds dist/ first.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-small-"));
const article = (n: number) =>
  `Russia expels diplomats ${n}\n\nRussia expelled ${n} Estonian diplomats on Monday, the foreign ministry in Moscow said in its statement number ${n}.\n`;
const hasMkfifo = spawnSync("mkfifo", ["--version"]).status === 0;

beforeAll(() => {
  writeFileSync(join(dir, "good.txt"), article(2));
  writeFileSync(join(dir, "plain.txt.gz"), article(3));
  if (hasMkfifo) execFileSync("mkfifo", [join(dir, "pipe.txt")]);
});

function run(...args: string[]) {
  // A timeout turns a hang into a failed test instead of a stuck suite.
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: dir, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("curtain extract on small surprises", () => {
  it("a .gz that is not gzip and a named pipe are one line each, and the batch goes on", () => {
    const inputs = ["plain.txt.gz", ...(hasMkfifo ? ["pipe.txt"] : []), "good.txt"];
    const r = run("extract", ...inputs, "--out", "out");
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toContain("curtain extract: plain.txt.gz: named .gz but not gzip data");
    if (hasMkfifo) expect(lines).toContain("curtain extract: pipe.txt: is a named pipe, not a regular file");
    expect(lines).toHaveLength(inputs.length);
    expect(existsSync(join(dir, "out", "good.json"))).toBe(true);
  });

  it("a size limit below a megabyte prints sizes that can be told apart, and '1 input'", () => {
    const r = run("extract", "good.txt", "--max-mb", "0.0001");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^curtain extract: good\.txt: file is \d+ bytes, over the 105 bytes limit\n/);
    expect(r.stderr).not.toMatch(/0\.0 MB/);
    expect(r.stderr).toMatch(/1 of 1 input failed/);
  });

  it("--encoding with an unknown name is bad usage: exit 2 and the line", () => {
    const r = run("extract", "good.txt", "--encoding", "nosuch");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown encoding "nosuch"/);
    expect(r.stdout).toBe("");
  });
});

describe("Ctrl-C during curtain ingest", () => {
  it("stops after a whole document, says what was stored and that re-running finishes", async () => {
    const folder = join(dir, "many");
    mkdirSync(folder);
    const total = 400;
    for (let i = 1; i <= total; i++) writeFileSync(join(folder, `a${i}.txt`), article(i));
    const db = join(dir, "many.db");
    const args = [BIN, "ingest", folder, "--db", db, "--published", "2022-01-01"];
    const child = spawn(process.execPath, args, { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Interrupt once the first documents are in, so that the ingest is under way.
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      if (stored(db) >= 2) break;
    }
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    const done = stored(db);
    expect(done).toBeLessThan(total);
    const line = stderr.trim();
    expect(line).toMatch(
      /^curtain ingest: interrupted: (\d+) stored .*running the same command again stores the rest$/,
    );
    expect(Number(/interrupted: (\d+) stored/.exec(line)![1])).toBe(done);
    const again = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${total} read, ${total - done} stored`);
    expect(stored(db)).toBe(total);
  });
});

function stored(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare("select count(*) as n from documents").get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet
  }
}
