import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

/** Opens a PostgreSQL database from a `postgres://` URL through kysely and a small pool. */
export function postgresDatabase(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
