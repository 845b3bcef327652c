import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { DialectName } from "./dialect-name.js";

/** Words a full-text query may hold: more is no narrower in practice and only costs the index. */
export const MAX_QUERY_WORDS = 12;

/**
 * The words of a full-text query: runs of letters and digits, lower-cased. Both dialects index the
 * same runs (FTS5's unicode61 tokenizer, and in PostgreSQL the main text with every other
 * character made a space, see migration-004-full-text-words.ts), so that a query finds the same
 * documents on both: "S-400" is the words "s" and "400", "Vučić" matches "vučić" but not "vucic".
 */
export function fullTextWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_QUERY_WORDS);
}

/**
 * The condition "the event's document contains every word" (anywhere in its main text, which
 * begins with the title), for a query over the events table.
 */
export function documentHasWords(dialect: DialectName, words: readonly string[]): RawBuilder<SqlBool> {
  if (dialect === "sqlite") {
    // Each word a quoted FTS5 string, so that none is read as an operator (AND, NEAR, column:).
    const match = `main_text : (${words.map((w) => `"${w}"`).join(" AND ")})`;
    return sql<SqlBool>`events.document_id IN (SELECT documents.id FROM documents_fts JOIN documents ON documents.rowid = documents_fts.rowid WHERE documents_fts MATCH ${match})`;
  }
  return sql<SqlBool>`events.document_id IN (SELECT documents.id FROM documents WHERE to_tsvector('simple', regexp_replace(main_text, '[^[:alnum:]]+', ' ', 'g')) @@ plainto_tsquery('simple', ${words.join(" ")}))`;
}
