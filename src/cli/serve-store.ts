import type { Store } from "../store/store.js";
import type { Io } from "./io.js";

/**
 * Serves the API and the map over `store` until SIGTERM or SIGINT, then lets in-flight requests
 * finish and closes the store. Returns the exit code: 0 after a clean shutdown, 1 when the address
 * could not be used (said in one line).
 */
export async function serveStore(
  store: Store,
  address: { readonly host: string; readonly port: number },
  io: Io,
  command: string,
  onListening: (url: string) => void = () => {},
): Promise<number> {
  // Loaded here, not at the top: `--help` and the other commands never pay for them.
  const [{ buildApp }, { apiIndexSource }, { serverOptionsFromEnv }] = await Promise.all([
    import("../server/app.js"),
    import("../server/api-index-source.js"),
    import("../server/server-options.js"),
  ]);
  let options;
  try {
    options = serverOptionsFromEnv();
  } catch (err) {
    io.err(`curtain ${command}: ${(err as Error).message}`);
    await store.close();
    return 2;
  }
  const app = await buildApp(store, apiIndexSource(store), options);
  try {
    await app.listen({ host: address.host, port: address.port });
  } catch (err) {
    io.err(
      `curtain ${command}: cannot listen on ${address.host}:${address.port} (${(err as Error).message})`,
    );
    await app.close();
    return 1;
  }
  const bound = app.server.address();
  const port = typeof bound === "object" && bound ? bound.port : address.port;
  onListening(`http://${address.host === "127.0.0.1" ? "localhost" : address.host}:${port}`);
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
  return 0;
}
