import { InvalidArgumentError, type Command } from "commander";
import { InputError } from "../input-error.js";
import type { Io } from "./io.js";

interface ServeFlags {
  readonly db?: string;
  readonly host: string;
  readonly port: number;
}

export function registerServe(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("Serve the HTTP API (and, once it exists, the web map) over a database.")
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on (0: any free port)", parsePort, 8080)
    .addHelpText(
      "after",
      "\nRoutes: GET /healthz, /api/openapi.json (their description), /api/events, /api/index,\n" +
        "/api/countries, /api/countries/{code}, /api/documents/{id}; POST /api/documents.\n\n" +
        "Environment:\n" +
        "  CURTAIN_TOKEN        bearer token for POST /api/documents (unset: the route answers 404)\n" +
        "  CURTAIN_CORS_ORIGIN  origins allowed by CORS, comma-separated, or * (unset: no CORS)\n" +
        "  CURTAIN_RATE_LIMIT   requests per minute per client address (default 600; 0: no limit)\n" +
        "  CURTAIN_MAX_BODY_MB  largest POST body (default 5)\n" +
        "  CURTAIN_INDEX_CACHE_SECONDS  how long an index answer is reused (default 10; 0: never;\n" +
        "                       a document POSTed here counts at once, other writers' within this time)\n" +
        "  CURTAIN_LOG_LEVEL    fatal, error, warn, info (default), debug, trace or silent\n\n" +
        "Logs are JSON lines on stdout, one per request with its id (also sent as X-Request-Id).\n" +
        "SIGTERM or SIGINT: in-flight requests finish, then the database is closed and the command exits 0.\n\n" +
        "Example:\n  CURTAIN_TOKEN=secret curtain serve --db curtain.db --port 8080\n\n" +
        "Exit codes: 0 after a clean shutdown, 1 the database or the address could not be used, 2 bad usage.",
    )
    .action(async (flags: ServeFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for them.
      const [{ buildApp }, { apiIndexSource }, { serverOptionsFromEnv }, { defaultTarget, openStore }] =
        await Promise.all([
          import("../server/app.js"),
          import("../server/api-index-source.js"),
          import("../server/server-options.js"),
          import("../store/open-store.js"),
        ]);
      let options;
      try {
        options = serverOptionsFromEnv();
      } catch (err) {
        io.err(`curtain serve: ${(err as Error).message}`);
        setExit(2);
        return;
      }
      let store;
      try {
        store = await openStore(defaultTarget(flags.db), { mustExist: true });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.err(`curtain serve: ${err.message}`);
        setExit(1);
        return;
      }
      const app = await buildApp(store, apiIndexSource(store), options);
      try {
        await app.listen({ host: flags.host, port: flags.port });
      } catch (err) {
        io.err(`curtain serve: cannot listen on ${flags.host}:${flags.port} (${(err as Error).message})`);
        await app.close();
        setExit(1);
        return;
      }
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off("SIGTERM", stop);
          process.off("SIGINT", stop);
          app.log.info({ signal }, "shutting down: finishing in-flight requests");
          // fastify answers new requests 503 while it waits; onClose then closes the store.
          void app.close().then(resolve, (err: unknown) => {
            app.log.error({ err }, "shutdown failed");
            resolve();
          });
        };
        process.once("SIGTERM", stop);
        process.once("SIGINT", stop);
      });
      setExit(0);
    });
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return n;
}
