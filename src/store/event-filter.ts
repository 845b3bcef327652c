import { sql, type SelectQueryBuilder, type SqlBool } from "kysely";
import type { DialectName } from "./dialect-name.js";
import { documentHasWords, fullTextWords } from "./full-text.js";
import type { Database } from "./schema.js";
import type { EventFilter } from "./store.js";

/** Narrows an events query by every field the filter sets (`q` needs the dialect: its full-text index). */
export function applyEventFilter<O>(
  query: SelectQueryBuilder<Database, "events", O>,
  filter: EventFilter,
  dialect: DialectName,
): SelectQueryBuilder<Database, "events", O> {
  let q = query;
  const { country } = filter;
  if (country !== undefined)
    q = q.where((eb) => eb.or([eb("actor", "=", country), eb("target", "=", country)]));
  if (filter.actor !== undefined) q = q.where("actor", "=", filter.actor);
  if (filter.target !== undefined) q = q.where("target", "=", filter.target);
  if (filter.type !== undefined) q = q.where("type", "=", filter.type);
  if (filter.from !== undefined) q = q.where("sort_date", ">=", filter.from);
  // "2019-11" and "2019-11-30" both fall within --to 2019-11-30; a month bound takes its whole month.
  if (filter.to !== undefined) q = q.where("sort_date", "<=", `${filter.to}\uffff`);
  if (filter.q !== undefined) {
    const words = fullTextWords(filter.q);
    // A query of no words (only punctuation) matches nothing rather than everything.
    q = words.length ? q.where(documentHasWords(dialect, words)) : q.where(sql<SqlBool>`1 = 0`);
  }
  return q;
}
