import iconv from "iconv-lite";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachDialect } from "../src/store/test-dialects.js";
import { runCli } from "./run-cli.js";

// Runs the command line in-process (spawning costs ~1 s of model loading per run);
// test/ingest-crash.test.ts runs the built binary.
const SEED = "/work/shared/gold/seed/000_063a601448609a77.txt";
const generator = (await import(
  pathToFileURL(join(import.meta.dirname, "..", "bench", "generate-articles.mjs")).href
)) as {
  generateArticle: (i: number) => string;
};
const dir = mkdtempSync(join(tmpdir(), "curtain-ingest-"));

const run = runCli;

function writeArticles(folder: string, from: number, to: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < to; i++)
    writeFileSync(join(folder, `article-${String(i).padStart(3, "0")}.txt`), generator.generateArticle(i));
}

function count(db: string, table: string): number {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    conn.close();
  }
}

describeEachDialect("curtain ingest of the seed", (_dialect, database) => {
  it("twice stores one document and the same events", async () => {
    const db = database();
    const first = await run("ingest", SEED, "--published", "2019-11-21", "--db", db.target);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/1 read, 1 stored \(\d+ events\), 0 already present, 0 failed/);
    const events = await run("events", "--db", db.target, "--format", "ndjson");
    expect(events.code, events.stderr).toBe(0);
    const lines = events.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(0);
    expect(first.stderr).toContain(`(${lines.length} events)`);

    const second = await run("ingest", SEED, "--published", "2019-11-21", "--db", db.target);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/1 read, 0 stored \(0 events\), 1 already present, 0 failed/);
    expect((await run("events", "--db", db.target, "--format", "ndjson")).stdout).toBe(events.stdout);
    const docIds = new Set(lines.map((l) => (JSON.parse(l) as { documentId: string }).documentId));
    expect(docIds.size).toBe(1);
  });
});

const WIRE = join(import.meta.dirname, "fixtures", "dedupe", "wire-story.txt");
const COPY = join(import.meta.dirname, "fixtures", "dedupe", "syndicated-copy.html");

describeEachDialect("curtain ingest of a wire story and its syndicated copy", (_dialect, database) => {
  interface Merged {
    type: string;
    documentId: string;
    numMentions: number;
    numSources: number;
    reports: { documentId: string; source: string; evidence: { text: string } }[];
  }
  const events = async (): Promise<Merged[]> => {
    const r = await run("events", "--db", database().target);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Merged[];
  };

  it("links the copy to the story and reports each event once, with both articles' sentences", async () => {
    const db = database().target;
    const wire = await run("ingest", WIRE, "--published", "2024-03-14", "--db", db);
    expect(wire.stderr).toMatch(/1 read, 1 stored \(3 events\), 0 already present, 0 failed$/m);
    const alone = await events();
    const copy = await run("ingest", COPY, "--published", "2024-03-15", "--db", db);
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.stderr).toMatch(
      /1 read, 1 stored \(3 events\), .*0 failed; 1 near-duplicate document linked, 3 events merged/,
    );
    const merged = await events();
    expect(merged.map((e) => [e.type, e.documentId])).toEqual(alone.map((e) => [e.type, e.documentId]));
    for (const e of merged) {
      expect(e).toMatchObject({ numMentions: 2, numSources: 1 });
      expect(e.reports.map((r) => r.source)).toEqual([WIRE, COPY]);
    }
    const transfer = merged.find((e) => e.type === "ARMS_TRANSFER")!;
    expect(transfer.reports.map((r) => r.evidence.text)).toEqual([
      "Russia delivers S-400 air defence systems to Serbia",
      expect.stringMatching(
        /^Russia delivered a first battery of S-400 air defence systems to Serbia on Tuesday/,
      ),
    ]);

    const csv = (await run("events", "--db", db, "--format", "csv")).stdout.trim().split("\n");
    expect(csv[0]).toMatch(/^id,document_id,type,.*,mentions,source_url,num_mentions,num_sources$/);
    expect(csv.slice(1).map((l) => l.split(",").slice(-2).join(","))).toEqual(["2,1", "2,1", "2,1"]);
    const gdelt = (await run("events", "--db", db, "--format", "gdelt")).stdout.trim().split("\n");
    expect(gdelt.map((l) => l.split("\t").slice(32, 34))).toEqual([
      ["1", "2"],
      ["1", "2"],
      ["1", "2"],
    ]);

    // Ingesting both again stores nothing and changes nothing.
    const again = await run("ingest", WIRE, COPY, "--db", db);
    expect(again.stderr).toMatch(/2 read, 0 stored \(0 events\), 2 already present, 0 failed$/m);
    expect(await events()).toEqual(merged);
  });
});

describe("curtain ingest of folders", () => {
  const db = join(dir, "folders.db");
  const folder = join(dir, "articles");

  beforeAll(() => {
    writeArticles(join(folder, "2024"), 0, 3);
  });

  it("re-running a folder adds only the new documents, reading it recursively", async () => {
    const first = await run("ingest", folder, "--published", "2024-06-15", "--db", db);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/3 read, 3 stored \(\d+ events\), 0 already present, 0 failed/);
    const events = count(db, "events");
    writeArticles(join(folder, "2025", "june"), 3, 5);
    writeFileSync(join(folder, "photo.jpg"), "not an article");
    writeFileSync(join(folder, "2025", "notes.md"), "# not an article");
    const second = await run("ingest", folder, "--published", "2024-06-15", "--db", db);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(
      /5 read, 2 stored \(\d+ events\), 3 already present, 0 failed; 2 files skipped/,
    );
    expect(count(db, "documents")).toBe(5);
    expect(count(db, "events")).toBeGreaterThan(events);
  });

  it("reports each bad input on one line, stores the rest and exits 1", async () => {
    const bad = join(dir, "bad");
    writeArticles(bad, 10, 12);
    writeFileSync(join(bad, "empty.txt"), "");
    writeFileSync(
      join(bad, "binary.txt"),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0]),
    );
    // Windows-1251 text with nothing declaring it: an encoding Curtain cannot know.
    writeFileSync(
      join(bad, "cyrillic.txt"),
      iconv.encode("Заголовок\n\nТекст статьи о санкциях.", "windows-1251"),
    );
    const target = join(dir, "bad.db");
    const r = await run("ingest", bad, join(dir, "missing.txt"), "--db", target);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    for (const [name, reason] of [
      ["empty.txt", /empty/i],
      ["binary.txt", /binary/i],
      ["missing.txt", /no such file/i],
      ["cyrillic.txt", /not valid UTF-8/],
    ] as const) {
      const hits = lines.filter((l) => l.includes(name));
      expect(hits, r.stderr).toHaveLength(1);
      expect(hits[0]).toMatch(new RegExp(`^curtain ingest: .*${name.replace(".", "\\.")}: `));
      expect(hits[0]).toMatch(reason);
    }
    expect(r.stderr).toMatch(/6 read, 2 stored \(\d+ events\), 0 already present, 4 failed/);
    expect(count(target, "documents")).toBe(2);
  });

  it("refuses bad usage with exit 2", async () => {
    expect((await run("ingest")).code).toBe(2);
    expect((await run("ingest", folder, "--published", "June")).code).toBe(2);
    expect((await run("events", "--db", db, "--format", "xml")).code).toBe(2);
    expect((await run("events", "--db", db, "--from", "last week")).code).toBe(2);
  });
});

describe("curtain events", () => {
  const db = join(dir, "events.db");

  beforeAll(async () => {
    const r = await run("ingest", SEED, "--published", "2019-11-21", "--db", db);
    expect(r.code, r.stderr).toBe(0);
  });

  it("prints JSON, NDJSON and CSV with the same events", async () => {
    const json = JSON.parse((await run("events", "--db", db)).stdout) as {
      id: string;
      evidence: { text: string };
    }[];
    const ndjson = (await run("events", "--db", db, "--format", "ndjson")).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string });
    const csv = (await run("events", "--db", db, "--format", "csv")).stdout.trim().split("\n");
    expect(json.length).toBe(count(db, "events"));
    expect(ndjson.map((e) => e.id)).toEqual(json.map((e) => e.id));
    expect(csv[0]).toMatch(/^id,document_id,type,actor,target,/);
    expect(csv.slice(1).map((l) => l.split(",")[0])).toEqual(json.map((e) => e.id));
  });

  it("filters by country, actor, target, type and dates, and limits", async () => {
    const list = async (...args: string[]) =>
      JSON.parse((await run("events", "--db", db, ...args)).stdout) as {
        actor: string;
        target: string;
        type: string;
      }[];
    const all = await list();
    const srb = await list("--country", "srb");
    expect(srb.length).toBeGreaterThan(0);
    expect(srb).toEqual(all.filter((e) => e.actor === "SRB" || e.target === "SRB"));
    expect(await list("--actor", "RUS")).toEqual(all.filter((e) => e.actor === "RUS"));
    expect(await list("--target", "ALB", "--type", "accession_block")).toEqual(
      all.filter((e) => e.target === "ALB" && e.type === "ACCESSION_BLOCK"),
    );
    expect(await list("--from", "2030")).toEqual([]);
    expect((await list("--from", "2000", "--to", "2030")).length).toBe(all.length);
    expect(await list("--limit", "2")).toEqual(all.slice(0, 2));
  });

  it("says when the database does not exist", async () => {
    const r = await run("events", "--db", join(dir, "nowhere.db"));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nowhere\.db: no such database/);
  });
});
