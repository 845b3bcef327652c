import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./schema.js";

/** How long a writer waits for another process's lock before failing, in milliseconds. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens a SQLite file through kysely: WAL (readers never block the writer, and a killed
 * process leaves only whole transactions), a busy timeout, and foreign keys on.
 */
export function sqliteDatabase(path: string): Kysely<Database> {
  return sqliteConnection(path).db;
}

/**
 * The same, with the underlying better-sqlite3 connection, for bulk inserts that bypass kysely.
 * `readOnly` opens an existing file in SQLite's read-only mode and sets nothing that writes: no
 * journal mode, and `query_only` on, so that a command that only reads cannot change the file.
 */
export function sqliteConnection(
  path: string,
  options: { readonly readOnly?: boolean } = {},
): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  const database = options.readOnly
    ? new BetterSqlite3(path, { readonly: true, fileMustExist: true })
    : new BetterSqlite3(path);
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (options.readOnly) database.pragma("query_only = ON");
    else {
      database.pragma("journal_mode = WAL");
      // NORMAL is crash-safe in WAL mode against a killed process; only a power cut may lose the last commits.
      database.pragma("synchronous = NORMAL");
      database.pragma("foreign_keys = ON");
    }
  } catch (err) {
    database.close();
    throw err;
  }
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingPrepare(database) }) }),
    raw: database,
  };
}

/**
 * Leaves a database that no one else has open as one file in rollback-journal mode (the next
 * writer turns WAL on again): a WAL database cannot be read where its -shm file cannot be
 * created, as in a read-only folder. With another connection open, it stays as it is, at once.
 */
export function leaveAtRest(database: BetterSqlite3.Database): void {
  if (database.readonly || !database.open) return;
  try {
    database.pragma("busy_timeout = 0");
    database.pragma("journal_mode = DELETE");
  } catch {
    // SQLITE_BUSY: another process has it open and will do this when it closes.
  }
}

/** Statements kept per SQL text: kysely prepares every query it runs, and most repeat per document. */
const MAX_CACHED_STATEMENTS = 500;

/**
 * The connection as kysely sees it, with prepared statements reused by SQL text. A statement still
 * being iterated (a streamed query) is never handed out twice: a fresh one is prepared instead.
 */
function cachingPrepare(database: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) return cached;
    const statement = database.prepare(source);
    if (!cached) {
      if (cache.size >= MAX_CACHED_STATEMENTS) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  };
  return new Proxy(database, {
    get(target, key, receiver) {
      if (key === "prepare") return prepare;
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
