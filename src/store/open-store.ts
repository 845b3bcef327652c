import { existsSync } from "node:fs";
import { InputError } from "../input-error.js";
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

/**
 * Opens and migrates the store at `target`: a PostgreSQL URL, else a SQLite file path
 * (created unless `mustExist`, which makes a missing file an InputError).
 *
 * @example
 *   const store = await openStore("postgres://root@127.0.0.1:5432/test");
 */
export async function openStore(
  target: string,
  options: { readonly mustExist?: boolean } = {},
): Promise<Store> {
  if (!isPostgresUrl(target) && options.mustExist && !existsSync(target))
    throw new InputError(target, "no such database (run `curtain ingest` first)");
  let store: Store;
  if (isPostgresUrl(target)) store = kyselyStore(postgresDatabase(target), "postgres");
  else {
    const { db, raw } = sqliteConnection(target);
    store = kyselyStore(db, "sqlite", raw);
  }
  try {
    await store.migrate();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new InputError(redact(target), `cannot open the database (${describe(err)})`, { cause: err });
  }
  return store;
}

/** The target without a password, fit for error messages. */
function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

function describe(err: unknown): string {
  const inner = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  return inner instanceof Error ? inner.message || inner.name : String(inner);
}
