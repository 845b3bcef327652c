import { sql, type Kysely, type Migration } from "kysely";
import type { DialectName } from "./dialect-name.js";

/**
 * Full-text search that finds the same documents on both dialects (src/store/full-text.ts): FTS5
 * keeps diacritics (PostgreSQL's 'simple' configuration does, and "Vučić" is not "Vucic"), and
 * PostgreSQL indexes runs of letters and digits only, as FTS5 does (its own parser reads "S-400"
 * as "s" and "-400", and "example.com" as one word).
 */
export function fullTextWordsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (dialect === "sqlite") {
        await sql`DROP TRIGGER documents_fts_insert`.execute(db);
        await sql`DROP TRIGGER documents_fts_delete`.execute(db);
        await sql`DROP TABLE documents_fts`.execute(db);
        await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, main_text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')`.execute(
          db,
        );
        await sql`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`.execute(db);
        await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
          INSERT INTO documents_fts(rowid, title, main_text) VALUES (new.rowid, new.title, new.main_text);
        END`.execute(db);
        await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
          INSERT INTO documents_fts(documents_fts, rowid, title, main_text) VALUES ('delete', old.rowid, old.title, old.main_text);
        END`.execute(db);
        return;
      }
      await sql`DROP INDEX IF EXISTS documents_fts`.execute(db);
      await sql`CREATE INDEX documents_words ON documents USING gin (to_tsvector('simple', regexp_replace(main_text, '[^[:alnum:]]+', ' ', 'g')))`.execute(
        db,
      );
    },
  };
}
