import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Every command that takes --db, run as users run it, on targets that cannot be a database.
// Permissions do not stop root (CI runs as root), so there the command runs as `nobody`.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-bad-db-"));
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
const article = join(dir, "article.txt");

beforeAll(() => {
  chmodSync(dir, 0o755);
  writeFileSync(article, "Russia expels diplomats\n\nRussia expelled two Estonian diplomats on Monday.\n");
  mkdirSync(join(dir, "folder"));
  mkdirSync(join(dir, "locked"));
  chmodSync(join(dir, "locked"), 0o555);
  writeFileSync(join(dir, "notes.txt"), "not a database, just notes\n".repeat(100));
  // Writable for everyone, in a folder writable for everyone: only its content is wrong.
  mkdirSync(join(dir, "open"));
  chmodSync(join(dir, "open"), 0o777);
  writeFileSync(join(dir, "open", "notes.txt"), "not a database, just notes\n".repeat(100));
  chmodSync(join(dir, "open", "notes.txt"), 0o666);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", ...asUser });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS: [string, string[]][] = [
  ["ingest", [article]],
  ["import-gdelt", [join(dir, "20220224.export.CSV")]],
  ["events", []],
  ["demo", []],
];

/** [what, target, exit code, reason of a command that writes, reason of `events`, which only reads] */
const TARGETS: [string, string, number, RegExp, RegExp][] = [
  ["a folder", join(dir, "folder"), 1, /is a folder, not a database file/, /is a folder/],
  [
    "a missing folder",
    join(dir, "no-such-folder", "c.db"),
    1,
    /folder .*no-such-folder does not exist/,
    /no such database/,
  ],
  ["a file as folder", join(dir, "notes.txt", "c.db"), 1, /notes\.txt is not a folder/, /no such database/],
  [
    "an unwritable folder",
    join(dir, "locked", "c.db"),
    1,
    /no permission to write in .*locked/,
    /no such database/,
  ],
  [
    "a file that is not a database",
    join(dir, "open", "notes.txt"),
    1,
    /not a SQLite database/,
    /not a SQLite database/,
  ],
  [
    "another database's URL",
    "mysql://user@localhost/curtain",
    2,
    /unsupported database "mysql:"/,
    /unsupported/,
  ],
];

describe.each(COMMANDS)("curtain %s --db", (command, args) => {
  it.each(TARGETS)("%s: one line naming it and the reason", (_what, target, code, writing, reading) => {
    const r = run(command, ...args, "--db", target);
    expect(r.code, r.stderr).toBe(code);
    const lines = r.stderr.trim().split("\n");
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`curtain ${command}: ${target}: `);
    expect(lines[0]).toMatch(command === "events" ? reading : writing);
  });
});
