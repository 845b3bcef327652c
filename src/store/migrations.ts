import type { Migration, MigrationProvider } from "kysely";
import type { DialectName } from "./dialect-name.js";
import { initialMigration } from "./migration-001-initial.js";
import { sourceUrlMigration } from "./migration-002-source-url.js";

/** Every migration, in code, keyed by names that sort in the order they apply. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    getMigrations: (): Promise<Record<string, Migration>> =>
      Promise.resolve({
        "001_initial": initialMigration(dialect),
        "002_source_url": sourceUrlMigration(),
      }),
  };
}
