import { type Kysely, type Migration } from "kysely";

/**
 * Where each document came from and on what terms it is shown (src/ingest/provenance.ts): its
 * outlet, licence, attribution, origin (address or note) and whether it was written for the
 * project (1) or is a real article (0). Null on documents stored before, and on documents
 * ingested without a sources.json: nothing is known of them; re-ingesting them with one fills it in.
 */
export function provenanceMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One column a statement: SQLite's ALTER TABLE adds one at a time.
      for (const column of ["outlet", "licence", "attribution", "origin"])
        await db.schema.alterTable("documents").addColumn(column, "text").execute();
      await db.schema.alterTable("documents").addColumn("written", "integer").execute();
    },
  };
}
