import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from "kysely";
import { rebuildIndexRows } from "./alignment-index-write.js";
import type { DialectName } from "./dialect-name.js";
import type { Database } from "./schema.js";

/**
 * The alignment index materialised (src/analysis/index-evidence.ts): the events' part of every
 * country and month whose window holds an event, written in the transactions that change the
 * rollup, so that a request reads rows instead of computing them (computing one month of 76
 * states from the rollup took ~85 ms of CPU). Stale marks for bulk inserts, whose rows are computed
 * after their last transaction, and the weights' fingerprint. Filled from the rollup stored before.
 */
export function alignmentIndexMigration(dialect: DialectName): Migration {
  const bytewise = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.modifyFront(sql`collate "C"`) : c;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("alignment_index")
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("month", "text", (c) => bytewise(c).notNull())
        .addColumn("event_part", "double precision", (c) => c.notNull())
        .addColumn("coverage", "double precision", (c) => c.notNull())
        .addColumn("thin", "integer", (c) => c.notNull())
        .addColumn("china", "double precision", (c) => c.notNull())
        .addColumn("components", "text", (c) => c.notNull())
        .addColumn("summary", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("alignment_index_pk", ["country", "month"])
        .execute();
      await db.schema.createIndex("alignment_index_month").on("alignment_index").column("month").execute();
      await db.schema
        .createTable("alignment_index_stale")
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("month", "text", (c) => bytewise(c).notNull())
        .addPrimaryKeyConstraint("alignment_index_stale_pk", ["country", "month"])
        .execute();
      await db.schema
        .createTable("alignment_index_meta")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      await rebuildIndexRows(db as Kysely<Database>);
    },
  };
}
