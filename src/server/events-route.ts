import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import { decodeCursor } from "../store/cursor.js";
import { EVENT_CSV_HEADER, eventCsvLine } from "../store/event-csv.js";
import type { EventFilter, Store } from "../store/store.js";
import { EVENT_TYPES } from "../coding/lexicon/event-type.js";
import { eventParams, eventsQuery } from "./api-routes.js";
import { badParameter, notFound } from "./list-cursor.js";
import { csvChunks, wantsCsv } from "./wants-csv.js";

type EventsQuery = z.output<typeof eventsQuery>;

/** The store filter of a query; from after to is a 400 (it would silently match nothing). */
export function eventFilterOf(q: EventsQuery): EventFilter {
  if (q.from !== undefined && q.to !== undefined && q.from.slice(0, q.to.length) > q.to)
    throw badParameter(`from: after to, got "${q.from}" and "${q.to}"`);
  if (q.cursor !== undefined) {
    try {
      decodeCursor(q.cursor);
    } catch {
      throw badParameter(`cursor: not a cursor from a previous page, got "${q.cursor.slice(0, 60)}"`);
    }
  }
  return {
    ...(q.country !== undefined ? { country: q.country } : {}),
    ...(q.actor !== undefined ? { actor: q.actor } : {}),
    ...(q.target !== undefined ? { target: q.target } : {}),
    ...(q.type !== undefined ? { type: q.type } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.q !== undefined ? { q: q.q } : {}),
  };
}

/**
 * GET /api/events: a page of merged events, or (format=csv, Accept: text/csv) every matching
 * event from the cursor on, streamed as CSV with the columns of `curtain events --format csv`.
 */
export function eventsRoute(app: FastifyInstance, store: Store): void {
  app.get("/api/events", { schema: { querystring: eventsQuery } }, async (request, reply) => {
    const q = request.query as EventsQuery;
    const filter = eventFilterOf(q);
    const order = q.order ?? "asc";
    if (wantsCsv(request, q.format)) {
      async function* lines() {
        for await (const e of store.streamEvents(filter, { cursor: q.cursor ?? null, order }))
          yield eventCsvLine(e);
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="events.csv"')
        .send(Readable.from(csvChunks(EVENT_CSV_HEADER, lines())));
    }
    return store.queryEvents(filter, { limit: q.limit, cursor: q.cursor ?? null, order });
  });
}

/** GET /api/events/:id: one merged event, whichever report's id is given. */
export function eventRoute(app: FastifyInstance, store: Store): void {
  app.get("/api/events/:id", { schema: { params: eventParams } }, async (request) => {
    const { id } = request.params as z.output<typeof eventParams>;
    const event = await store.getEvent(id);
    if (event === null) throw notFound(`no event with id ${id}`);
    return event;
  });
}

/** GET /api/timeline: the months the events span and the types, for the map's slider and filters. */
export function timelineRoute(app: FastifyInstance, store: Store): void {
  app.get("/api/timeline", async () => {
    const { first, last } = await store.eventSpan();
    // Planned acts can be dated years ahead ("by 2030"): the slider stops at this month.
    const now = new Date().toISOString().slice(0, 7);
    return { first, last: last !== null && last > now ? now : last, types: [...EVENT_TYPES] };
  });
}
