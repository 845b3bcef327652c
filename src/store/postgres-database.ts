import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

/**
 * Opens a PostgreSQL database from a `postgres://` URL through kysely and a small pool; with
 * `readOnly`, every session is read-only, so the server refuses any write.
 */
export function postgresDatabase(
  url: string,
  options: { readonly readOnly?: boolean } = {},
): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  // Queued on the new connection before any query of ours.
  if (options.readOnly)
    pool.on(
      "connect",
      (client) => void client.query("SET default_transaction_read_only = on").catch(() => undefined),
    );
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
