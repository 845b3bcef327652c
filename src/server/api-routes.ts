import { z } from "zod";
import { INDEX_CSV_HEADER } from "../analysis/index-csv.js";
import {
  codeParam,
  cursorParam,
  dateParam,
  dayOrMonthParam,
  documentIdParam,
  formatParam,
  limitParam,
  monthParam,
  queryParam,
  typeParam,
} from "./parameters.js";
import {
  countryDetail,
  countryList,
  eventPage,
  indexPage,
  putResult,
  storedDocument,
  storedEvent,
  timeline,
} from "./responses.js";

/** One route as both fastify (validation) and OpenAPI (documentation) see it. */
export interface RouteSpec {
  readonly method: "GET" | "POST";
  /** fastify's form: /api/countries/:code */
  readonly url: string;
  readonly summary: string;
  readonly params?: z.ZodObject;
  readonly querystring?: z.ZodObject;
  /** Request body content types and their schemas (documentation; the handler reads the body). */
  readonly body?: Readonly<Record<string, z.ZodType>>;
  /** Success status, content type and schema; a route that can answer CSV lists text/csv too. */
  readonly ok: { readonly status: number; readonly schema: z.ZodType; readonly csv?: string };
  /** Error statuses the route may answer beyond 400 and 429, with why. */
  readonly errors?: Readonly<Record<number, string>>;
  /** Needs `Authorization: Bearer`. */
  readonly auth?: boolean;
  /** Not JSON: the content type of the answer. */
  readonly contentType?: string;
}

export const EVENTS_PAGE_MAX = 1000;
export const INDEX_PAGE_MAX = 1000;
export const COUNTRIES_PAGE_MAX = 500;
/** The longest series one index request may ask for, in months. */
export const INDEX_SPAN_MAX = 600;

const eventFilter = {
  country: codeParam.optional().describe("events with this country as actor or target"),
  actor: codeParam.optional().describe("events with this actor"),
  target: codeParam.optional().describe("events with this target"),
  type: typeParam.optional().describe("events of this type, e.g. SANCTION"),
  from: dateParam.optional().describe("events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
  to: dateParam.optional().describe("events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
  q: queryParam.optional(),
};

export const eventsQuery = z.strictObject({
  ...eventFilter,
  limit: limitParam(EVENTS_PAGE_MAX, 100),
  cursor: cursorParam.optional(),
  order: z
    .enum(["asc", "desc"], { error: "expected asc or desc" })
    .optional()
    .describe("by date then id: asc (default) or desc, newest first"),
  format: formatParam.optional(),
});

export const indexQuery = z.strictObject({
  month: monthParam.optional().describe("one month; or give from and to for a series"),
  from: monthParam.optional().describe("first month of a series (YYYY-MM)"),
  to: monthParam.optional().describe("last month of a series (YYYY-MM)"),
  country: codeParam.optional().describe("only this country"),
  limit: limitParam(INDEX_PAGE_MAX, 500),
  cursor: cursorParam.optional(),
  format: formatParam.optional(),
});

export const countriesQuery = z.strictObject({
  date: dayOrMonthParam.optional().describe("memberships in force at this date (default today)"),
  limit: limitParam(COUNTRIES_PAGE_MAX, 500),
  cursor: cursorParam.optional(),
});

export const countryParams = z.strictObject({ code: codeParam.describe("the state's code, e.g. SRB") });

export const countryQuery = z.strictObject({
  from: monthParam.optional().describe("first month of the index series (default: 59 months before `to`)"),
  to: monthParam.optional().describe("last month of the index series (default: this month)"),
  events: limitParam(100, 20).describe("how many recent events (1 to 100, default 20)"),
});

export const eventParams = z.strictObject({
  id: z
    .string({ error: "expected an event id" })
    .regex(/^[0-9A-Za-z_:-]{4,128}$/, { error: "expected an event id (letters, digits, _ : -)" })
    .describe("the id of the event or of any of its reports"),
});

export const webFileParams = z.strictObject({
  file: z
    .string({ error: "expected a file name" })
    .regex(/^[\w-][\w.-]{0,99}$/, { error: "expected a file name" })
    .describe("a file of the built map"),
});

export const documentParams = z.strictObject({
  id: documentIdParam.describe("the document id (sha256 of its bytes)"),
});

export const postDocumentQuery = z.strictObject({
  source: z
    .string({ error: "expected text" })
    .min(1, { error: "empty" })
    .max(2000, { error: "longer than 2000 characters" })
    .optional()
    .describe("where the article came from (a URL or a name); default `api`"),
  published: z
    .string({ error: "expected a date as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date as YYYY-MM-DD" })
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        error: "no such date",
      },
    )
    .optional()
    .describe("the article's publication date, YYYY-MM-DD"),
});

/** The JSON form of POST /api/documents: the article and its metadata in one object. */
export const postDocumentJson = z.strictObject({
  text: z
    .string({ error: "expected the article's text or HTML" })
    .describe("the article: plain text or HTML"),
  source: postDocumentQuery.shape.source,
  published: postDocumentQuery.shape.published,
});

export const ROUTES: readonly RouteSpec[] = [
  {
    method: "GET",
    url: "/healthz",
    summary: "Liveness: answers while the server runs",
    ok: { status: 200, schema: z.object({ ok: z.literal(true) }) },
  },
  {
    method: "GET",
    url: "/api/openapi.json",
    summary: "This description (OpenAPI 3.1)",
    ok: { status: 200, schema: z.object({ openapi: z.string() }).catchall(z.unknown()) },
  },
  {
    method: "GET",
    url: "/api/events",
    summary: "Merged events matching every filter, a page at a time (or all of them as CSV)",
    querystring: eventsQuery,
    ok: {
      status: 200,
      schema: eventPage,
      csv: "every matching event, the columns of `curtain events --format csv`",
    },
  },
  {
    method: "GET",
    url: "/api/events/:id",
    summary: "One merged event with every report of it (by the id of any report)",
    params: eventParams,
    ok: { status: 200, schema: storedEvent },
    errors: { 404: "no event with this id" },
  },
  {
    method: "GET",
    url: "/api/timeline",
    summary:
      "The months the stored events span, and the event types: what the map's slider and filters offer",
    ok: { status: 200, schema: timeline },
  },
  {
    method: "GET",
    url: "/api/index",
    summary: "The alignment index of every country for a month, or a series with from and to",
    querystring: indexQuery,
    ok: {
      status: 200,
      schema: indexPage,
      csv: `the rows of \`curtain index --format csv\`, columns ${INDEX_CSV_HEADER}; each component as name=value[id:TYPE ...]`,
    },
  },
  {
    method: "GET",
    url: "/api/countries",
    summary: "States with their names and memberships in force at a date",
    querystring: countriesQuery,
    ok: { status: 200, schema: countryList },
  },
  {
    method: "GET",
    url: "/api/countries/:code",
    summary: "One state: memberships, monthly index series, recent events",
    params: countryParams,
    querystring: countryQuery,
    ok: { status: 200, schema: countryDetail },
    errors: { 404: "no state with this code" },
  },
  {
    method: "GET",
    url: "/api/documents/:id",
    summary: "A stored document with its events and their evidence offsets",
    params: documentParams,
    ok: { status: 200, schema: storedDocument },
    errors: { 404: "no document with this id" },
  },
  {
    method: "POST",
    url: "/api/documents",
    summary:
      "Ingests one article: the raw text or HTML as the body (source and published as query parameters), or JSON {text, source, published}",
    querystring: postDocumentQuery,
    body: {
      "text/plain": z.string(),
      "text/html": z.string(),
      "application/octet-stream": z.string().describe("text or HTML in any charset Curtain detects"),
      "application/json": postDocumentJson,
    },
    ok: { status: 201, schema: putResult },
    errors: {
      200: "the same bytes were stored before (nothing changed)",
      401: "no or a wrong bearer token",
      404: "ingestion is off: no token is configured (CURTAIN_TOKEN)",
      413: "body larger than the limit",
      415: "a content type other than those listed",
    },
    auth: true,
  },
  {
    method: "GET",
    url: "/",
    summary: "The web map (a page pointing at this description when the map has not been built)",
    ok: { status: 200, schema: z.string() },
    contentType: "text/html",
  },
  {
    method: "GET",
    url: "/assets/:file",
    summary: "The map's scripts, styles and shapes (named by content hash, cached for good)",
    params: webFileParams,
    ok: { status: 200, schema: z.string() },
    errors: { 404: "no such file in the built map" },
    contentType: "application/octet-stream",
  },
];
