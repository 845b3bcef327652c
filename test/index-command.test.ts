import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// The acceptance run of issue 12 as users type it: the built binary, as a process.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const SEED = join(import.meta.dirname, "..", "..", "shared", "gold", "seed", "000_063a601448609a77.txt");
const dir = mkdtempSync(join(tmpdir(), "curtain-index-"));
const db = join(dir, "seed.db");

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** CSV lines to records (the components field is the only quoted one). */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trim().split("\n");
  const names = header!.split(",");
  return lines.map((line) => {
    const quoted = line.indexOf('"');
    const plain = line.slice(0, quoted - 1).split(",");
    return Object.fromEntries(
      names.map((n, i) => [n, i < plain.length ? plain[i]! : line.slice(quoted + 1, -1)]),
    );
  });
}

describe("curtain index over the ingested seed article", () => {
  beforeAll(() => {
    const ingest = run("ingest", SEED, "--published", "2019-11-21", "--db", db);
    expect(ingest.code, ingest.stderr).toBe(0);
  }, 120_000);

  it("moves Serbia East with the Pantsir delivery and names that event", () => {
    const events = run(
      "events",
      "--db",
      db,
      "--country",
      "SRB",
      "--type",
      "ARMS_TRANSFER",
      "--format",
      "json",
    );
    const pantsir = (
      JSON.parse(events.stdout) as { id: string; actor: string; weapon: string | null }[]
    ).find((e) => e.actor === "RUS" && /pantsir/iu.test(e.weapon ?? ""));
    expect(pantsir).toBeDefined();

    const index = run("index", "--db", db, "--from", "2019-01", "--to", "2019-12", "--format", "csv");
    expect(index.code, index.stderr).toBe(0);
    expect(index.stdout.split("\n")[0]).toMatch(/^country,month,value,/u);
    const serbia = parseCsv(index.stdout).filter((r) => r.country === "SRB");
    expect(serbia.map((r) => r.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, "0")}`),
    );
    const october = serbia.find((r) => r.month === "2019-10")!;
    const november = serbia.find((r) => r.month === "2019-11")!;
    expect(Number(november.value)).toBeGreaterThan(Number(october.value));
    expect(Number(october.coverage)).toBe(0);
    expect(november.components).toMatch(
      new RegExp(`cooperation-east=[0-9.]+\\[[^\\]]*${pantsir!.id}:ARMS_TRANSFER`, "u"),
    );
  });

  it("gives JSON rows with components naming their events, for one country", async () => {
    const { code, stdout } = await runCli(
      "index",
      "--db",
      db,
      "--from",
      "2019-11",
      "--to",
      "2019-12",
      "--country",
      "srb",
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as {
      country: string;
      month: string;
      value: number;
      components: { name: string; events: { id: string; type: string }[] }[];
    }[];
    expect(rows.map((r) => `${r.country} ${r.month}`)).toEqual(["SRB 2019-11", "SRB 2019-12"]);
    const coop = rows[0]!.components.find((c) => c.name === "cooperation-east");
    expect(coop?.events[0]).toMatchObject({ type: "ARMS_TRANSFER" });
    // December still remembers November, decayed.
    expect(rows[1]!.value).toBeLessThan(rows[0]!.value);
    expect(rows[1]!.value).toBeGreaterThan(-0.25);
  });

  it.each([
    [["--from", "2019-13"], /--from.*expected a month as YYYY-MM, got "2019-13"/u],
    [["--to", "2019"], /--to.*expected a month as YYYY-MM, got "2019"/u],
    [["--from", "2019-12", "--to", "2019-01"], /--from 2019-12 is after --to 2019-01/u],
    [["--country", "XYZ"], /--country XYZ: unknown state/u],
    [["--format", "xml"], /--format/u],
  ])("rejects %j with one line and exit 2", async (args, message) => {
    const { code, stderr, stdout } = await runCli("index", "--db", db, ...args);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(message);
    expect(stdout).toBe("");
  });

  it("rebuilds the alignment rollup and index with --rebuild, which then answer as before", async () => {
    const year = ["index", "--db", db, "--from", "2019-01", "--to", "2019-12", "--format", "csv"];
    const before = await runCli(...year);
    expect(before.code).toBe(0);
    const rebuilt = await runCli("index", "--db", db, "--rebuild");
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(
      /^rebuilt the alignment rollup \([1-9]\d* cells\) and the index \([1-9]\d* /u,
    );
    expect((await runCli(...year)).stdout).toBe(before.stdout);
    const mixed = await runCli("index", "--db", db, "--rebuild", "--country", "SRB");
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^curtain index: --rebuild takes no --country/u);
    const missing = await runCli("index", "--db", join(dir, "nope.db"), "--rebuild");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.db: no such database/u);
  });

  it("says when the database is missing, and explains itself", async () => {
    const missing = await runCli("index", "--db", join(dir, "nope.db"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.db: no such database/u);
    const help = await runCli("index", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--country <code>/u);
  });
});
