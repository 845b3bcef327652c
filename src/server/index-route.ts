import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { KnowledgeBase } from "../knowledge/types.js";
import { INDEX_SPAN_MAX, indexQuery } from "./api-routes.js";
import { INDEX_CSV_HEADER, indexCsvLine } from "../analysis/index-csv.js";
import type { IndexSource } from "./index-source.js";
import { badParameter, decodeListCursor, encodeListCursor } from "./list-cursor.js";
import { monthIndex } from "./months.js";
import { csvChunks, wantsCsv } from "./wants-csv.js";

type IndexQuery = z.output<typeof indexQuery>;

/** The month span of a query: `month` alone, or `from` and `to` (both), at most INDEX_SPAN_MAX months. */
export function indexSpan(q: Pick<IndexQuery, "month" | "from" | "to">): { from: string; to: string } {
  if (q.month !== undefined) {
    if (q.from !== undefined || q.to !== undefined)
      throw badParameter(
        `month: give either month or from and to, got month and ${q.from !== undefined ? "from" : "to"}`,
      );
    return { from: q.month, to: q.month };
  }
  if (q.from === undefined && q.to === undefined) throw badParameter("month: required (or from and to)");
  if (q.from === undefined) throw badParameter("from: required with to");
  if (q.to === undefined) throw badParameter("to: required with from");
  if (q.from > q.to) throw badParameter(`from: after to, got "${q.from}" and "${q.to}"`);
  const span = monthIndex(q.to) - monthIndex(q.from) + 1;
  if (span > INDEX_SPAN_MAX)
    throw badParameter(`to: at most ${INDEX_SPAN_MAX} months after from, got ${span} months`);
  return { from: q.from, to: q.to };
}

/** Bytes of JSON text per chunk written: well under what V8 allocates as a large object. */
const JSON_CHUNK = 32 * 1024;

/**
 * An index page as JSON text in chunks of about 32 KiB: `{ from, to, rows, nextCursor }`, the rows'
 * text as stored. A month of every state is ~0.5 MB; made as one string, it and its UTF-8 copy were
 * fresh large allocations on every request, and on a loaded machine their page faults cost more
 * than everything else the request did.
 */
function* jsonChunks(
  span: { from: string; to: string },
  rows: readonly { readonly json: string }[],
  nextCursor: string | null,
): Generator<string> {
  let chunk = `${JSON.stringify(span).slice(0, -1)},"rows":[`;
  for (let i = 0; i < rows.length; i++) {
    chunk += (i > 0 ? "," : "") + rows[i]!.json;
    if (chunk.length >= JSON_CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}],"nextCursor":${JSON.stringify(nextCursor)}}`;
}

/** Rows ordered by month, then country. */
function byMonth<T extends { readonly month: string; readonly country: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) =>
    a.month < b.month
      ? -1
      : a.month > b.month
        ? 1
        : a.country < b.country
          ? -1
          : a.country > b.country
            ? 1
            : 0,
  );
}

/**
 * GET /api/index: every country's row for `month` (or each month from `from` to `to`), ordered by
 * month then country, paged by a cursor over that order; CSV streams every row.
 */
export function indexRoute(app: FastifyInstance, index: IndexSource, kb: KnowledgeBase): void {
  app.get("/api/index", { schema: { querystring: indexQuery } }, async (request, reply) => {
    const q = request.query as IndexQuery;
    const span = indexSpan(q);
    if (q.country !== undefined && !kb.states.has(q.country))
      throw badParameter(`country: no state with this code, got "${q.country}"`);
    const cursor = q.cursor === undefined ? null : decodeListCursor(q.cursor, 2);
    if (q.cursor !== undefined && cursor === null)
      throw badParameter(`cursor: not a cursor from a previous page, got "${q.cursor.slice(0, 60)}"`);
    const query = { ...span, ...(q.country !== undefined ? { country: q.country } : {}) };
    const after = (r: { month: string; country: string }) =>
      !cursor || r.month > cursor[0]! || (r.month === cursor[0] && r.country > cursor[1]!);
    if (wantsCsv(request, q.format)) {
      const rest = byMonth(await index.rows(query)).filter(after);
      async function* lines() {
        for (const r of rest) yield indexCsvLine(r);
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="index.csv"')
        .send(Readable.from(csvChunks(INDEX_CSV_HEADER, lines())));
    }
    // The rows' JSON text as stored, spliced into the page (see src/analysis/index-row-json.ts).
    const rest = byMonth(await index.json(query)).filter(after);
    const page = rest.slice(0, q.limit);
    const last = page[page.length - 1];
    const nextCursor = rest.length > q.limit && last ? encodeListCursor([last.month, last.country]) : null;
    return reply
      .type("application/json; charset=utf-8")
      .send(Readable.from(jsonChunks(span, page, nextCursor)));
  });
}
