import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from "kysely";
import { rollupFromEvents } from "./alignment-rollup-write.js";
import type { DialectName } from "./dialect-name.js";
import type { Database } from "./schema.js";

/**
 * The alignment rollup (src/analysis/alignment-cells.ts): per country, month, pole of the other
 * party, role and sign, the sums the alignment index reads, so that it never scans events. Keyed
 * by pole rather than by counterpart so that one month of every country is a few thousand rows at
 * most, whatever the number of events. Backfilled from the merged events stored before.
 */
export function alignmentRollupMigration(dialect: DialectName): Migration {
  const bytewise = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.modifyFront(sql`collate "C"`) : c;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("alignment_rollup")
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("month", "text", (c) => bytewise(c).notNull())
        .addColumn("pole", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull())
        .addColumn("sign", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("wc_sum", "double precision", (c) => c.notNull())
        .addColumn("wcs_sum", "double precision", (c) => c.notNull())
        .addColumn("top_id", "text", (c) => c.notNull())
        .addColumn("top_type", "text", (c) => c.notNull())
        .addColumn("top_score", "double precision", (c) => c.notNull())
        .addPrimaryKeyConstraint("alignment_rollup_pk", ["country", "month", "pole", "role", "sign"])
        .execute();
      await db.schema.createIndex("alignment_rollup_month").on("alignment_rollup").column("month").execute();
      await rollupFromEvents(db as Kysely<Database>, dialect);
    },
  };
}
