import { InputError } from "../input-error.js";
import { checkSqliteTarget, type OpenMode } from "./check-target.js";
import { kyselyStore } from "./kysely-store.js";
import { postgresDatabase } from "./postgres-database.js";
import { sqliteConnection } from "./sqlite-database.js";
import type { Store } from "./store.js";

/** The SQLite file used when neither --db nor CURTAIN_DB names a database. */
export const DEFAULT_DB = "./curtain.db";

/** The database target: the given one, else $CURTAIN_DB, else ./curtain.db. */
export function defaultTarget(target?: string): string {
  return target ?? (process.env["CURTAIN_DB"] || DEFAULT_DB);
}

/** True for `postgres://` and `postgresql://` URLs. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export interface OpenOptions {
  /** A missing SQLite file is an InputError instead of a new database. */
  readonly mustExist?: boolean;
  /**
   * "read": for commands that only read (`events`, and the coming `serve` and `index`): the file is
   * opened read-only (PostgreSQL sessions are read-only), nothing is migrated, and a schema older
   * than this code is one clear error. Default "write": created if missing, migrated.
   */
  readonly mode?: OpenMode;
}

/**
 * Opens the store at `target`: a PostgreSQL URL, else a SQLite file path. Every reason it cannot
 * (an unsupported URL scheme as a UsageError, a folder, a missing or unwritable folder, a file that
 * is not a database, a failed migration) is an InputError naming the target.
 *
 * @example
 *   const store = await openStore("postgres://root@127.0.0.1:5432/test");
 *   const reader = await openStore("./curtain.db", { mode: "read" });
 */
export async function openStore(target: string, options: OpenOptions = {}): Promise<Store> {
  const mode = options.mode ?? "write";
  let store: Store;
  if (isPostgresUrl(target))
    store = kyselyStore(postgresDatabase(target, { readOnly: mode === "read" }), "postgres");
  else {
    checkSqliteTarget(target, mode, options.mustExist ?? false);
    try {
      const { db, raw } = sqliteConnection(target, { readOnly: mode === "read" });
      store = kyselyStore(db, "sqlite", raw);
    } catch (err) {
      throw new InputError(target, `cannot open the database (${describe(err)})`, { cause: err });
    }
  }
  try {
    if (mode === "write") {
      await store.migrate();
      // Index rows an interrupted bulk import left stale (src/store/alignment-index-write.ts).
      await store.refreshAlignmentIndex();
    } else await checkSchema(store, target);
  } catch (err) {
    await store.close().catch(() => undefined);
    if (err instanceof InputError) throw err;
    throw new InputError(redact(target), `cannot open the database (${describe(err)})`, { cause: err });
  }
  return store;
}

/** A store opened to read must already have this code's schema: nothing may be migrated. */
async function checkSchema(store: Store, target: string): Promise<void> {
  const { applied: done, total } = await store.schemaStatus();
  if (done === 0)
    throw new InputError(redact(target), "not a Curtain database (no tables of Curtain's in it)");
  if (done < total)
    throw new InputError(
      redact(target),
      `the database's schema is older than this Curtain's (${total - done} of ` +
        `${total} migrations to apply); run a command that writes, such as \`curtain ingest\`, on it once`,
    );
}

/** The target without a password, fit for error messages. */
function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

function describe(err: unknown): string {
  const inner = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  if (inner instanceof Error && "code" in inner && inner.code === "SQLITE_NOTADB")
    return "not a SQLite database";
  if (inner instanceof Error && "code" in inner && inner.code === "SQLITE_READONLY_DIRECTORY")
    return "it is in WAL mode and its folder is not writable, where SQLite needs its -shm file; open it once with a command that writes";
  return inner instanceof Error ? inner.message || inner.name : String(inner);
}
