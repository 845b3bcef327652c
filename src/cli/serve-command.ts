import { InvalidArgumentError, type Command } from "commander";
import { InputError } from "../input-error.js";
import type { Io } from "./io.js";
import { serveStore } from "./serve-store.js";

interface ServeFlags {
  readonly db?: string;
  readonly host: string;
  readonly port: number;
}

export function registerServe(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("Serve the web map and the HTTP API over a database.")
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
        "  CURTAIN_LOG_LEVEL    fatal, error, warn, info (default), debug, trace or silent\n\n" +
        "Logs are JSON lines on stdout, one per request with its id (also sent as X-Request-Id).\n" +
        "SIGTERM or SIGINT: in-flight requests finish, then the database is closed and the command exits 0.\n\n" +
        "Example:\n  CURTAIN_TOKEN=secret curtain serve --db curtain.db --port 8080\n\n" +
        "Exit codes: 0 after a clean shutdown, 1 the database or the address could not be used, 2 bad usage.",
    )
    .action(async (flags: ServeFlags) => {
      const { defaultTarget, openStore } = await import("../store/open-store.js");
      let store;
      try {
        store = await openStore(defaultTarget(flags.db), { mustExist: true });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.err(`curtain serve: ${err.message}`);
        setExit(1);
        return;
      }
      setExit(await serveStore(store, flags, io, "serve"));
    });
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  return n;
}
