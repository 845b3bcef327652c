import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { DialectName } from "./dialect-name.js";

/** A database for one test run: a `--db` target and how to remove it afterwards. */
export interface TestDatabase {
  readonly target: string;
  drop(): Promise<void>;
}

/** One store dialect under test; `unavailable` says why it cannot run here. */
export interface TestDialect {
  readonly name: DialectName;
  readonly unavailable: string | null;
  /** Whether its tests are skipped rather than failed when unavailable (CURTAIN_SKIP_PG=1). */
  readonly skip: boolean;
  create(): Promise<TestDatabase>;
}

/** The server the PostgreSQL suite uses; CI starts it (.ci/run). */
export const TEST_PG_URL = process.env["CURTAIN_TEST_PG"] || "postgres://root@127.0.0.1:5432/test";

function sqlite(): TestDialect {
  return {
    name: "sqlite",
    unavailable: null,
    skip: false,
    create: () => {
      const dir = mkdtempSync(join(tmpdir(), "curtain-store-"));
      return Promise.resolve({
        target: join(dir, "test.db"),
        drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
      });
    },
  };
}

/** Each database is a fresh schema, reached through `search_path`, so that runs never collide. */
async function postgres(): Promise<TestDialect> {
  const unavailable = await probe(TEST_PG_URL);
  return {
    name: "postgres",
    unavailable:
      unavailable &&
      `PostgreSQL at ${TEST_PG_URL} is unreachable (${unavailable}). Start it (.ci/run does), ` +
        "point CURTAIN_TEST_PG at another server, or set CURTAIN_SKIP_PG=1 to skip the PostgreSQL suite.",
    skip: process.env["CURTAIN_SKIP_PG"] === "1",
    async create() {
      const schema = `curtain_test_${randomBytes(6).toString("hex")}`;
      await admin(TEST_PG_URL, `CREATE SCHEMA ${schema}`);
      const url = new URL(TEST_PG_URL);
      url.searchParams.set("options", `-c search_path=${schema}`);
      return { target: url.toString(), drop: () => admin(TEST_PG_URL, `DROP SCHEMA ${schema} CASCADE`) };
    },
  };
}

async function probe(url: string): Promise<string | null> {
  try {
    await admin(url, "SELECT 1");
    return null;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return e.code ?? (e.message || e.name);
  }
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Every dialect the store suite runs against, probed once. */
export const DIALECTS: readonly TestDialect[] = [sqlite(), await postgres()];

/**
 * Declares the suite `title` once per dialect ("TITLE on sqlite", "TITLE on postgres"), each with a
 * fresh database created before its tests and dropped after them; `database()` returns it inside
 * hooks and tests. An unreachable server fails the suite with why (or skips it, CURTAIN_SKIP_PG=1).
 *
 * @example
 *   describeEachDialect("store", (dialect, database) => {
 *     it("opens", async () => (await openStore(database().target)).close());
 *   });
 */
export function describeEachDialect(
  title: string,
  body: (dialect: TestDialect, database: () => TestDatabase) => void,
): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(dialect.unavailable !== null && dialect.skip)(`${title} on ${dialect.name}`, () => {
      if (dialect.unavailable !== null) {
        it("has its database server", () => {
          throw new Error(dialect.unavailable ?? "");
        });
        return;
      }
      let db: TestDatabase | undefined;
      beforeAll(async () => {
        db = await dialect.create();
      });
      afterAll(async () => {
        await db?.drop();
      });
      body(dialect, () => {
        if (!db) throw new Error("the test database is created in beforeAll: use it in hooks and tests");
        return db;
      });
    });
  }
}
