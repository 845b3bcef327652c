import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from "kysely";
import type { DialectName } from "./dialect-name.js";

/** Documents, events, the country-month rollup and full-text search over main texts. */
export function initialMigration(dialect: DialectName): Migration {
  // Cursor paging and date bounds compare text bytewise; PostgreSQL databases may collate otherwise.
  const bytewise = (c: ColumnDefinitionBuilder) =>
    dialect === "postgres" ? c.modifyFront(sql`collate "C"`) : c;
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("documents")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("source", "text", (c) => c.notNull())
        .addColumn("fetched_at", "text", (c) => c.notNull())
        .addColumn("published", "text")
        .addColumn("language", "text")
        .addColumn("title", "text")
        .addColumn("format", "text", (c) => c.notNull())
        .addColumn("content_type", "text")
        .addColumn("main_text", "text", (c) => c.notNull())
        .addColumn("raw_sha256", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => bytewise(c).primaryKey())
        .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("actor", "text", (c) => c.notNull())
        .addColumn("target", "text", (c) => c.notNull())
        .addColumn("actor_text", "text", (c) => c.notNull())
        .addColumn("target_text", "text", (c) => c.notNull())
        .addColumn("actor_role", "text")
        .addColumn("modality", "text", (c) => c.notNull())
        .addColumn("date", "text")
        .addColumn("date_source", "text", (c) => c.notNull())
        .addColumn("sort_date", "text", (c) => bytewise(c).notNull())
        .addColumn("location_name", "text")
        .addColumn("location_country", "text")
        .addColumn("weapon", "text")
        .addColumn("cameo", "text")
        .addColumn("plover", "text")
        .addColumn("weight", "double precision", (c) => c.notNull())
        .addColumn("confidence", "double precision", (c) => c.notNull())
        .addColumn("evidence_text", "text", (c) => c.notNull())
        .addColumn("evidence_start", "integer", (c) => c.notNull())
        .addColumn("evidence_end", "integer", (c) => c.notNull())
        .addColumn("mentions", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("events_sort").on("events").columns(["sort_date", "id"]).execute();
      await db.schema.createIndex("events_actor").on("events").columns(["actor", "sort_date"]).execute();
      await db.schema.createIndex("events_target").on("events").columns(["target", "sort_date"]).execute();
      await db.schema.createIndex("events_type").on("events").columns(["type", "sort_date"]).execute();
      await db.schema.createIndex("events_document").on("events").column("document_id").execute();
      await db.schema
        .createTable("country_month_rollup")
        .addColumn("country", "text", (c) => c.notNull())
        .addColumn("month", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .addColumn("weight_sum", "double precision", (c) => c.notNull())
        .addPrimaryKeyConstraint("country_month_rollup_pk", ["country", "month", "type"])
        .execute();
      await db.schema
        .createIndex("country_month_rollup_month")
        .on("country_month_rollup")
        .columns(["month", "country"])
        .execute();
      if (dialect === "sqlite") await sqliteFullText(db);
      else await postgresFullText(db);
    },
  };
}

/** FTS5 over title and main text, fed by a trigger so that it commits with its document. */
async function sqliteFullText(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, main_text, content='documents', content_rowid='rowid')`.execute(
    db,
  );
  await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, main_text) VALUES (new.rowid, new.title, new.main_text);
  END`.execute(db);
  await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, main_text) VALUES ('delete', old.rowid, old.title, old.main_text);
  END`.execute(db);
}

/** The PostgreSQL counterpart: a GIN index over the main text's words. */
async function postgresFullText(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX documents_fts ON documents USING gin (to_tsvector('simple', main_text))`.execute(db);
}
