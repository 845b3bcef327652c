import type { FastifyInstance } from "fastify";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { apiIndexSource } from "./api-index-source.js";
import { buildApp } from "./app.js";
import type { ServerOptions } from "./server-options.js";

/** Options for route tests: no logs, no rate limit, a token, a small body cap. */
export const TEST_OPTIONS: ServerOptions = {
  token: "test-token",
  corsOrigins: [],
  rateLimitPerMinute: null,
  maxBodyBytes: 64 * 1024,
  logLevel: false,
};

/** An app over a fresh store at `target` (from describeEachDialect), and the store for setting up data. */
export async function testApp(
  target: string,
  options: Partial<ServerOptions> = {},
): Promise<{ readonly app: FastifyInstance; readonly store: Store }> {
  const store = await openStore(target);
  const app = await buildApp(store, apiIndexSource(store), { ...TEST_OPTIONS, ...options });
  return { app, store };
}
