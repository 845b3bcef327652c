import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built `curtain` binary, kills it with SIGKILL mid-batch and re-runs it:
// SQLite's WAL must leave whole documents only, and the re-run must add each missing one once.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const ARTICLES = 200;
/** Documents stored before the kill: enough to be mid-batch, well short of the end. */
const KILL_AFTER = 5;
const generator = (await import(
  pathToFileURL(join(import.meta.dirname, "..", "bench", "generate-articles.mjs")).href
)) as { generateArticle: (i: number) => string };
const dir = mkdtempSync(join(tmpdir(), "curtain-crash-"));
const folder = join(dir, "articles");

function ingest(db: string) {
  return spawnSync(process.execPath, [BIN, "ingest", folder, "--published", "2024-06-15", "--db", db], {
    encoding: "utf8",
  });
}

/** Each document with its event count, the rollup and the number of event rows. */
function snapshot(db: string) {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return {
      integrity: conn.pragma("integrity_check", { simple: true }),
      perDocument: conn
        .prepare(
          "SELECT d.source, count(e.id) AS events FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id ORDER BY d.source",
        )
        .all(),
      eventRows: (conn.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n,
      distinctEvents: (conn.prepare("SELECT count(DISTINCT id) AS n FROM events").get() as { n: number }).n,
      rollup: conn.prepare("SELECT * FROM country_month_rollup ORDER BY country, month, type").all(),
    };
  } finally {
    conn.close();
  }
}

/** Documents stored so far, or 0 while the file or its tables do not exist yet. */
function storedDocuments(db: string): number {
  try {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("curtain ingest killed mid-batch", () => {
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < ARTICLES; i++)
      writeFileSync(join(folder, `article-${String(i).padStart(3, "0")}.txt`), generator.generateArticle(i));
  });

  it("leaves no partial document, and a re-run stores every document and event exactly once", async () => {
    const clean = join(dir, "clean.db");
    const cleanRun = ingest(clean);
    expect(cleanRun.status, cleanRun.stderr).toBe(0);
    const expected = snapshot(clean);
    expect(expected.perDocument).toHaveLength(ARTICLES);

    const crashed = join(dir, "crashed.db");
    const child = spawn(
      process.execPath,
      [BIN, "ingest", folder, "--published", "2024-06-15", "--db", crashed],
      {
        stdio: "ignore",
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    let atKill = 0;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && child.exitCode === null) {
      atKill = storedDocuments(crashed);
      if (atKill >= KILL_AFTER) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill("SIGKILL");
    expect(await exited, "the ingest finished before it could be killed").toBe("SIGKILL");
    expect(atKill).toBeGreaterThanOrEqual(KILL_AFTER);
    const afterKill = snapshot(crashed);
    expect(afterKill.integrity).toBe("ok");
    expect(afterKill.perDocument.length).toBeLessThan(ARTICLES);
    // Whatever was committed is whole: each stored document has all its events.
    const cleanCounts = new Map(expected.perDocument.map((d) => [JSON.stringify(d), true]));
    for (const d of afterKill.perDocument)
      expect(cleanCounts.has(JSON.stringify(d)), JSON.stringify(d)).toBe(true);

    const rerun = ingest(crashed);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(
      new RegExp(
        `${ARTICLES} read, ${ARTICLES - afterKill.perDocument.length} stored .*, ${afterKill.perDocument.length} already present, 0 failed`,
      ),
    );
    const final = snapshot(crashed);
    expect(final.perDocument).toEqual(expected.perDocument);
    expect(final.eventRows).toBe(expected.eventRows);
    expect(final.distinctEvents).toBe(final.eventRows);
    expect(final.rollup).toEqual(expected.rollup);
  });
});
