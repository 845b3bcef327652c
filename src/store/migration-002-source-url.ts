import { type Kysely, type Migration } from "kysely";

/**
 * `events.source_url`: the URL an imported event was reported at (GDELT's SOURCEURL). Null for
 * events coded from a stored document, whose source is that document's `source`.
 */
export function sourceUrlMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable("events").addColumn("source_url", "text").execute();
    },
  };
}
