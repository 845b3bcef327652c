import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import { membershipHistory, membershipsAt } from "../knowledge/memberships.js";
import type { KnowledgeBase, State } from "../knowledge/types.js";
import type { Store } from "../store/store.js";
import { countriesQuery, countryParams, countryQuery } from "./api-routes.js";
import type { IndexSource } from "./index-source.js";
import { indexSpan } from "./index-route.js";
import { badParameter, decodeListCursor, encodeListCursor, notFound } from "./list-cursor.js";
import { addMonths, currentMonth } from "./months.js";

/** Months of index series GET /api/countries/{code} returns when no from is given. */
export const DEFAULT_SERIES_MONTHS = 60;

/** The names the coder recognises a state by, the official one first. */
function namesOf(kb: KnowledgeBase): (state: State) => string[] {
  const byCode = new Map<string, string[]>();
  for (const alias of kb.aliases)
    if (alias.ref.kind === "actor" && alias.ref.form === "name") {
      const list = byCode.get(alias.ref.code) ?? [];
      if (!list.includes(alias.text)) list.push(alias.text);
      byCode.set(alias.ref.code, list);
    }
  return (state) => [state.name, ...(byCode.get(state.code) ?? []).filter((n) => n !== state.name)];
}

/** GET /api/countries and GET /api/countries/:code. */
export function countriesRoutes(
  app: FastifyInstance,
  store: Store,
  index: IndexSource,
  kb: KnowledgeBase,
): void {
  const names = namesOf(kb);
  const states = [...kb.states.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  const describe = (s: State) => ({ code: s.code, name: s.name, names: names(s), region: s.region });

  app.get("/api/countries", { schema: { querystring: countriesQuery } }, async (request) => {
    const q = request.query as z.output<typeof countriesQuery>;
    const date = q.date ?? new Date().toISOString().slice(0, 10);
    const after = q.cursor === undefined ? null : decodeListCursor(q.cursor, 1);
    if (q.cursor !== undefined && after === null)
      throw badParameter(`cursor: not a cursor from a previous page, got "${q.cursor.slice(0, 60)}"`);
    const rest = after ? states.filter((s) => s.code > after[0]!) : states;
    const page = rest.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      date,
      countries: page.map((s) => ({ ...describe(s), memberships: membershipsAt(s.code, date) })),
      nextCursor: rest.length > q.limit && last ? encodeListCursor([last.code]) : null,
    };
  });

  app.get(
    "/api/countries/:code",
    { schema: { params: countryParams, querystring: countryQuery } },
    async (request) => {
      const { code } = request.params as z.output<typeof countryParams>;
      const q = request.query as z.output<typeof countryQuery>;
      const state = kb.states.get(code);
      if (!state) throw notFound(`code: no state "${code}"`);
      const to = q.to ?? (q.from !== undefined && q.from > currentMonth() ? q.from : currentMonth());
      const span = indexSpan({ from: q.from ?? addMonths(to, 1 - DEFAULT_SERIES_MONTHS), to });
      const [series, recent] = await Promise.all([
        index.series({ ...span, country: code }),
        store.queryEvents({ country: code }, { limit: q.events, order: "desc" }),
      ]);
      return {
        ...describe(state),
        memberships: membershipHistory(code),
        current: membershipsAt(code, new Date().toISOString().slice(0, 10)),
        // Components without their events (a 60-month series with them is ~0.4 MB): the same
        // months of /api/index?from=&to=&country= name them.
        index: series,
        events: recent.events,
        eventsNextCursor: recent.nextCursor,
      };
    },
  );
}
