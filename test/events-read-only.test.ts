import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `curtain events` on a database the user cannot write: a read-only file in a read-only folder.
// Permissions do not stop root (CI runs as root): there the command also runs as `nobody`, and as
// root it must still leave the file as it was (bytes, mtime, no -wal or -shm beside it).
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const SAMPLE = join(import.meta.dirname, "..", "data", "sample", "000_2019-11-21_putin-iron-curtain.txt");
const dir = mkdtempSync(join(tmpdir(), "curtain-read-only-"));
const folder = join(dir, "archive");
const db = join(folder, "curtain.db");
const old = join(dir, "old", "curtain.db");
const root = process.getuid?.() === 0;

function run(args: string[], user: object = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", ...user });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  mkdirSync(folder);
  mkdirSync(join(dir, "old"));
  expect(run(["ingest", SAMPLE, "--db", db]).code).toBe(0);
  expect(run(["ingest", SAMPLE, "--db", old]).code).toBe(0);
  // A database of an older Curtain: its last migration not applied yet.
  const raw = new BetterSqlite3(old);
  raw.prepare("DELETE FROM kysely_migration WHERE name = (SELECT max(name) FROM kysely_migration)").run();
  raw.close();
  for (const file of [db, old]) chmodSync(file, 0o444);
  for (const f of [folder, join(dir, "old")]) chmodSync(f, 0o555);
  chmodSync(dir, 0o755);
}, 120_000);
afterAll(() => {
  for (const f of [folder, join(dir, "old")]) chmodSync(f, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe("curtain events on a read-only database", () => {
  it.skipIf(!root)("answers a user who cannot write the file or its folder", () => {
    const r = run(["events", "--db", db, "--format", "ndjson"], { uid: 65534, gid: 65534 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n").length).toBeGreaterThan(3);
  });

  it("answers without changing anything: same bytes, same mtime, no file beside it", () => {
    const bytes = readFileSync(db);
    const mtime = statSync(db).mtimeMs;
    const r = run(["events", "--db", db, "--format", "csv", "--country", "RUS"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[1]).toMatch(/RUS/);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(statSync(db).mtimeMs).toBe(mtime);
    expect(readdirSync(folder)).toEqual(["curtain.db"]);
  });

  it("says in one line when the schema is older than the code, instead of migrating", () => {
    const r = run(["events", "--db", old]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/curtain events: .*old\/curtain\.db: the database's schema is older/);
    expect(readdirSync(join(dir, "old"))).toEqual(["curtain.db"]);
  });
});

describe("curtain index on a read-only database", () => {
  const args = ["index", "--db", db, "--from", "2019-10", "--to", "2019-12", "--format", "csv"];

  it.skipIf(!root)("answers a user who cannot write the file or its folder", () => {
    const r = run(args, { uid: 65534, gid: 65534 });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^country,month,value/);
    expect(r.stdout).toMatch(/\nSRB,2019-11,/);
  });

  it("answers without changing anything: same bytes, same mtime, no file beside it", () => {
    const bytes = readFileSync(db);
    const mtime = statSync(db).mtimeMs;
    const r = run(args);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(db).equals(bytes)).toBe(true);
    expect(statSync(db).mtimeMs).toBe(mtime);
    expect(readdirSync(folder)).toEqual(["curtain.db"]);
  });
});
