import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../run-cli.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const SEED = join(ROOT, "..", "shared", "gold", "seed", "000_063a601448609a77.txt");

/** A real published article (CC BY 4.0), with its provenance in test/corpus-real/sources.json. */
export const REAL_ARTICLE = join(
  ROOT,
  "test",
  "corpus-real",
  "100_2005-05-08_vladimir-putin-and-viktor-yushchenko-signed-a.html",
);
/** An article written for the project (data/sample/sources.json says so). */
export const WRITTEN_ARTICLE = join(ROOT, "data", "sample", "041_2007-07-14_russia_suspends_cfe_treaty.txt");

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** An article whose text holds markup that would run if the page rendered it as HTML. */
export const HOSTILE_TEXT =
  "Russia sends missiles to Serbia, a test of the page\n\n" +
  "Published 12 March 2021\n\n" +
  'Russia delivered missiles to Serbia on Monday, officials said. <script>window.__pwned = "script"</script> ' +
  'The shipment <img src="x" onerror="window.__pwned = \'img\'"> arrived in Belgrade.\n';

/** A database with the sample corpus, the seed article, one real article and the hostile article, served by `curtain serve`. */
export async function startServer(): Promise<{
  url: string;
  db: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), "curtain-e2e-"));
  const db = join(dir, "e2e.db");
  const hostile = join(dir, "hostile.txt");
  writeFileSync(hostile, HOSTILE_TEXT);
  for (const args of [
    // The seed first, with its publication date (the sample corpus holds a copy of it without one).
    ["ingest", SEED, "--db", db, "--published", "2019-11-21"],
    ["ingest", join(ROOT, "data", "sample"), "--db", db],
    // One real published article, named on its own: its licence comes from the sources.json beside it.
    ["ingest", REAL_ARTICLE, "--db", db],
    ["ingest", hostile, "--db", db, "--published", "2021-03-12"],
  ]) {
    const r = await runCli(...args);
    if (r.code !== 0) throw new Error(`curtain ${args.join(" ")}: ${r.stderr}`);
  }
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin", "curtain.mjs"), "serve", "--db", db, "--port", String(port)],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CURTAIN_LOG_LEVEL: "warn" },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  // Start-up loads the knowledge base; on a loaded machine that takes seconds.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      if (child.exitCode !== null || i > 600)
        throw new Error(`curtain serve did not start (exit ${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { url, db, child, stop };
}
