import { randomUUID } from "node:crypto";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { loadKnowledge } from "../knowledge/load.js";
import type { Store } from "../store/store.js";
import { ROUTES } from "./api-routes.js";
import { countriesRoutes } from "./countries-route.js";
import { documentsRoutes, RAW_BODY_TYPES } from "./documents-route.js";
import { eventRoute, eventsRoute, timelineRoute } from "./events-route.js";
import type { IndexSource } from "./index-source.js";
import { indexRoute } from "./index-route.js";
import { openApiDocument } from "./openapi.js";
import type { ServerOptions } from "./server-options.js";
import { takeTurns } from "./take-turns.js";
import { zodValidatorCompiler } from "./validation.js";
import { webRoutes } from "./web-assets.js";

export const API_VERSION = "0.1.0";

const served = new WeakMap<FastifyInstance, string[]>();

/** "METHOD /url" of every route an app built here registered (HEAD aside): what its description must list. */
export function servedRoutes(app: FastifyInstance): readonly string[] {
  return served.get(app) ?? [];
}

/**
 * The HTTP API over one store: every route of ROUTES, validated by their zod schemas, with
 * security headers, optional CORS and rate limiting, and request ids in the logs. Closing the
 * app (after in-flight requests finish) closes the store.
 *
 * @example
 *   const app = await buildApp(store, alignmentIndex, { ...serverOptionsFromEnv(), logLevel: false });
 *   (await app.inject("/healthz")).json(); // { ok: true }
 */
export async function buildApp(
  store: Store,
  index: IndexSource,
  options: ServerOptions,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logLevel === false ? false : { level: options.logLevel },
    // A caller's request id (a proxy's) is kept in the logs; else one is made.
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
    // Query parameters are validated as strings by the schemas; repeated ones arrive as arrays.
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(zodValidatorCompiler);
  const routes: string[] = [];
  served.set(app, routes);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") routes.push(`${method} ${route.url}`);
  });
  // Once closing, answers end their connection: a keep-alive client would otherwise hold the
  // shutdown for the keep-alive timeout after its in-flight request finished.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
    if (closing) reply.header("connection", "close");
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, "request failed");
    return reply.code(status).send({
      statusCode: status,
      error: statusText(status),
      message: status >= 500 ? "internal error (see the server's log)" : error.message,
    });
  });
  app.addHook("onClose", async () => {
    await store.close();
  });

  await app.register(helmet);
  if (options.corsOrigins.length)
    await app.register(cors, { origin: options.corsOrigins.includes("*") ? "*" : [...options.corsOrigins] });
  if (options.rateLimitPerMinute !== null)
    await app.register(rateLimit, { max: options.rateLimitPerMinute, timeWindow: 60_000 });

  app.removeContentTypeParser(["text/plain"]);
  app.addContentTypeParser(RAW_BODY_TYPES, { parseAs: "buffer" }, (_request, body, done) => done(null, body));

  takeTurns(app);
  const kb = loadKnowledge();
  // POST /api/documents is described even when off: its 404 is part of the description.
  const openapi = openApiDocument(ROUTES, API_VERSION);
  app.get("/healthz", async () => ({ ok: true }));
  app.get("/api/openapi.json", async () => openapi);
  eventsRoute(app, store);
  eventRoute(app, store);
  timelineRoute(app, store);
  indexRoute(app, index, kb);
  countriesRoutes(app, store, index, kb);
  documentsRoutes(app, store, options);
  webRoutes(app);
  return app;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    503: "Service Unavailable",
  };
  return texts[status] ?? (status >= 500 ? "Internal Server Error" : "Error");
}
