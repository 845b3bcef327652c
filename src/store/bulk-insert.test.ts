import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { sqliteBulkInsert } from "./bulk-insert.js";
import { openStore } from "./open-store.js";
import type { EventsTable } from "./schema.js";

const dir = mkdtempSync(join(tmpdir(), "curtain-bulk-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE_ID = "e".repeat(64);
const COUNTRIES = ["RUS", "UKR", "SRB", "POL", "DEU", "USA", "CHN"];
const TYPES = ["SANCTION", "THREAT", "AID", "DIPLOMATIC_COOPERATION"];
/** Weights whose sums are inexact in binary floating point, so that summing in another order shows. */
const WEIGHTS = [1.9, -7.2, 3.4, 0.1, -9.5, 2.8];

/** `count` imported rows (seeded): dates over two years, a few ids repeated (ignored on insert). */
function rows(count: number): EventsTable[] {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(next() * 730) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const actor = pick(COUNTRIES);
    return {
      id: `gdelt-${i % 97 === 96 ? i - 1 : i}`,
      document_id: FILE_ID,
      type: pick(TYPES),
      actor,
      target: next() < 0.1 ? actor : pick(COUNTRIES),
      actor_text: `${actor} name`,
      target_text: "target name",
      actor_role: next() < 0.5 ? "GOV" : null,
      modality: "asserted",
      date: day,
      date_source: "published",
      sort_date: day,
      location_name: null,
      location_country: null,
      weapon: null,
      cameo: "042",
      plover: "CONSULT",
      weight: pick(WEIGHTS),
      confidence: 0.5,
      evidence_text: "",
      evidence_start: 0,
      evidence_end: 0,
      mentions: "[]",
      source_url: `https://example.org/${i}`,
      cluster_id: null,
      num_mentions: 1,
      num_sources: 1,
    };
  });
}

/** A migrated SQLite store holding the imported file's document, opened raw for the bulk path. */
async function freshDatabase(name: string): Promise<BetterSqlite3.Database> {
  const path = join(dir, `${name}.db`);
  const store = await openStore(path);
  await store.putImportedFile({
    id: FILE_ID,
    source: "bulk.CSV",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  await store.close();
  return new BetterSqlite3(path);
}

/** Everything the bulk path writes, and the schema it must leave as it was. */
function contents(db: BetterSqlite3.Database) {
  return {
    events: db.prepare("SELECT * FROM events ORDER BY id").all(),
    rollup: db.prepare("SELECT rowid, * FROM country_month_rollup ORDER BY country, month, type").all(),
    cells: db
      .prepare("SELECT rowid, * FROM alignment_rollup ORDER BY country, month, pole, role, sign")
      .all(),
    stale: db.prepare("SELECT rowid, * FROM alignment_index_stale ORDER BY country, month").all(),
    schema: db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all(),
    integrity: db.pragma("integrity_check", { simple: true }),
  };
}

describe("the SQLite bulk insert of a large import", () => {
  it("stores the same rows, rollup and indexes when it builds the indexes after the rows", async () => {
    const input = rows(1_000);
    // Ten calls of 100 rows: each fits one transaction, so the indexes are updated row by row.
    const stepwise = await freshDatabase("stepwise");
    const insertStepwise = sqliteBulkInsert(stepwise, { transactionRows: 100 });
    let stepwiseCount = 0;
    for (let i = 0; i < input.length; i += 100) stepwiseCount += insertStepwise(input.slice(i, i + 100));
    // One call into an empty table: after its first 100 rows the rest goes in with the indexes dropped.
    const deferred = await freshDatabase("deferred");
    const statements: string[] = [];
    const exec = deferred.exec.bind(deferred);
    deferred.exec = (source: string) => {
      statements.push(source);
      return exec(source);
    };
    const deferredCount = sqliteBulkInsert(deferred, { transactionRows: 100 })(input);

    expect(statements.filter((s) => s.startsWith("DROP INDEX"))).toHaveLength(5);
    expect(deferredCount).toBe(stepwiseCount);
    expect(deferredCount).toBe(1_000 - 10);
    const expected = contents(stepwise);
    expect(expected.integrity).toBe("ok");
    expect(contents(deferred)).toEqual(expected);
    // A second import of the same rows stores nothing and changes nothing.
    expect(sqliteBulkInsert(deferred, { transactionRows: 100 })(input)).toBe(0);
    expect(contents(deferred)).toEqual(expected);
    stepwise.close();
    deferred.close();
  });

  it("adds to rollup rows stored before as the upserts of every transaction would", async () => {
    const input = rows(1_000);
    const stepwise = await freshDatabase("stepwise-after");
    const insertStepwise = sqliteBulkInsert(stepwise, { transactionRows: 100 });
    for (let i = 0; i < input.length; i += 100) insertStepwise(input.slice(i, i + 100));
    // 300 rows first, then the rest in one call: its first 300 rows go in as before, the rest with
    // the indexes dropped and the rollups summed in memory, starting from the rows already stored.
    const deferred = await freshDatabase("deferred-after");
    const insert = sqliteBulkInsert(deferred, { transactionRows: 100 });
    insert(input.slice(0, 300));
    const statements: string[] = [];
    const exec = deferred.exec.bind(deferred);
    deferred.exec = (source: string) => {
      statements.push(source);
      return exec(source);
    };
    insert(input.slice(300));

    expect(statements.filter((s) => s.startsWith("DROP INDEX"))).toHaveLength(5);
    const expected = contents(stepwise);
    expect((expected.cells as unknown[]).length).toBeGreaterThan(100);
    expect(contents(deferred)).toEqual(expected);
    stepwise.close();
    deferred.close();
  });

  it("writes an empty table's import without WAL when alone, and WAL is on again after it", async () => {
    const alone = await freshDatabase("alone");
    alone.pragma("journal_mode = WAL");
    const modes: unknown[] = [];
    const insertAlone = sqliteBulkInsert(alone, { transactionRows: 100 });
    const exec = alone.exec.bind(alone);
    alone.exec = (source: string) => {
      if (source.startsWith("CREATE INDEX")) modes.push(alone.pragma("journal_mode", { simple: true }));
      return exec(source);
    };
    expect(insertAlone(rows(300))).toBe(300 - 3);
    expect(modes).toEqual(["delete", "delete", "delete", "delete", "delete"]);
    expect(alone.pragma("journal_mode", { simple: true })).toBe("wal");
    alone.close();

    // With a reader holding the file, the import keeps WAL (the reader keeps reading the old state).
    const shared = await freshDatabase("shared");
    shared.pragma("journal_mode = WAL");
    const reader = new BetterSqlite3(join(dir, "shared.db"), { readonly: true });
    expect(reader.prepare("SELECT count(*) AS n FROM events").get()).toEqual({ n: 0 });
    const insertShared = sqliteBulkInsert(shared, { transactionRows: 100 });
    modes.length = 0;
    const execShared = shared.exec.bind(shared);
    shared.exec = (source: string) => {
      if (source.startsWith("CREATE INDEX")) {
        modes.push(shared.pragma("journal_mode", { simple: true }));
        expect(reader.prepare("SELECT count(*) AS n FROM events").get()).toEqual({ n: 0 });
      }
      return execShared(source);
    };
    expect(insertShared(rows(300))).toBe(300 - 3);
    expect(modes).toEqual(["wal", "wal", "wal", "wal", "wal"]);
    expect(reader.prepare("SELECT count(*) AS n FROM events").get()).toEqual({ n: 297 });
    reader.close();
    shared.close();
  });

  it("keeps the indexes in place for an import smaller than what the table holds", async () => {
    const db = await freshDatabase("small");
    const insert = sqliteBulkInsert(db, { transactionRows: 100 });
    expect(insert(rows(1_000).slice(0, 600))).toBe(600 - 6);
    const statements: string[] = [];
    const exec = db.exec.bind(db);
    db.exec = (source: string) => {
      statements.push(source);
      return exec(source);
    };
    expect(insert(rows(1_000).slice(600))).toBe(400 - 4);
    expect(statements).toEqual([]);
    db.close();
  });
});
