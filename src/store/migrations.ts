import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { DialectName } from "./dialect-name.js";
import { initialMigration } from "./migration-001-initial.js";
import { sourceUrlMigration } from "./migration-002-source-url.js";
import { dedupeMigration } from "./migration-003-dedupe.js";
import { fullTextWordsMigration } from "./migration-004-full-text-words.js";
import { alignmentRollupMigration } from "./migration-005-alignment-rollup.js";
import { alignmentIndexMigration } from "./migration-006-alignment-index.js";
import { provenanceMigration } from "./migration-007-provenance.js";

/** Every migration, in code, keyed by names that sort in the order they apply. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: (): Promise<Record<string, Migration>> =>
      Promise.resolve({
        "001_initial": initialMigration(dialect),
        "002_source_url": sourceUrlMigration(),
        "003_dedupe": dedupeMigration(),
        "004_full_text_words": fullTextWordsMigration(dialect),
        "005_alignment_rollup": alignmentRollupMigration(dialect),
        "006_alignment_index": alignmentIndexMigration(dialect),
        "007_provenance": provenanceMigration(),
      }),
  };
}

/**
 * The migrator of a database. On PostgreSQL its bookkeeping tables are those of the connection's
 * current schema: kysely otherwise takes a `kysely_migration` table in any schema of the database
 * for its own, and skips creating it (so a second store in another schema failed to migrate).
 */
export async function migrator<T>(db: Kysely<T>, dialect: DialectName): Promise<Migrator> {
  const provider = migrationProvider(dialect);
  if (dialect !== "postgres") return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db);
  const schema = rows[0]?.schema;
  return new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
}
