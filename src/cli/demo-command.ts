import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { provenanceLookup } from "../ingest/provenance.js";
import { readRawFile } from "../ingest/read-file.js";
import type { Source } from "../ingest/source.js";
import { InputError } from "../input-error.js";
import { count } from "./count.js";
import type { Io } from "./io.js";
import { openTarget } from "./open-target.js";
import { parsePort } from "./serve-command.js";
import { serveStore } from "./serve-store.js";

export const SAMPLE_DIR = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** Sample articles carry their publication date in the name: NNN_YYYY-MM-DD_slug.ext. */
const DATED = /_(\d{4}-\d{2}-\d{2})_/;

/**
 * The real published articles of the real-news corpus (test/corpus-real): the npm package ships them
 * (not their gold files), with sources.json and SOURCES.md beside them for their origins, licences
 * and attributions. With them the map moves through 2005-2026.
 */
export const REAL_DIR = fileURLToPath(new URL("../../test/corpus-real/", import.meta.url));

interface DemoFlags {
  readonly db?: string;
  readonly host: string;
  readonly port: number;
  readonly serve: boolean;
  readonly list: boolean;
}

/** The articles of the demo, each with the publication date its name carries. */
export function demoFiles(): string[] {
  const articles = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
          .sort()
          .map((f) => join(dir, f))
      : [];
  return [...articles(SAMPLE_DIR), ...articles(REAL_DIR)];
}

/** The demo's articles, each with the provenance the sources.json of its folder gives it. */
async function* demoSource(files: readonly string[]): Source {
  const provenance = provenanceLookup();
  for (const file of files) {
    const { provenance: p, error } = provenance.take(file);
    if (error) yield error;
    try {
      yield { ...readRawFile(file, DATED.exec(basename(file))?.[1] ?? null), provenance: p };
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("demo")
    .description(
      "Ingest the demo corpus (data/sample, and the real published articles of test/corpus-real) into a\n" +
        "local database, say what Curtain found there, then serve the map on\n" +
        "http://localhost:8080. Re-running is safe and quick: documents already stored are not stored again.\n" +
        "Each article's outlet, licence and origin (or that it was written for the project) come from the\n" +
        "sources.json of its folder and are shown with it on the map.",
    )
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB or ./curtain.db)")
    .option("--host <address>", "address to serve the map on", "127.0.0.1")
    .option("--port <port>", "port to serve the map on (0: any free port)", parsePort, 8080)
    .option("--no-serve", "ingest and report, then exit instead of serving the map")
    .option("--list", "list every event with its sentence")
    .action(async (flags: DemoFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for them.
      const [{ ingestIntoStore }, { defaultTarget }] = await Promise.all([
        import("../ingest/ingest-into-store.js"),
        import("../store/open-store.js"),
      ]);
      const target = defaultTarget(flags.db);
      const store = await openTarget("demo", flags.db, io, setExit);
      if (!store) return;
      try {
        const files = demoFiles();
        io.err(
          `curtain demo: reading ${count(files.length, "article")} into ${target} (the first run takes a minute or two)...`,
        );
        const counts = await ingestIntoStore(demoSource(files), store, {
          onFailure: (e) => io.err(`curtain demo: ${e.message}`),
          onProgress: ({ read }) => {
            if (read % 25 === 0 && read < files.length)
              io.err(`curtain demo: ${read} of ${files.length} read`);
          },
        });
        // Several articles often report one event: each report is stored, and reports of the same
        // event are merged into one. Both counts are said, so that the totals below add up.
        const merged = counts.merged
          ? `; ${count(counts.merged, "report")} merged into events reported earlier`
          : "";
        io.out(
          `Ingested the demo corpus into ${target}: ${counts.read} articles, ${counts.stored} stored now ` +
            `(${count(counts.events, "event report")}${merged}), ${counts.present} already there, ${counts.failed} failed.\n`,
        );
        const byType = new Map<string, number>();
        let total = 0;
        let reports = 0;
        let hypothetical = 0;
        for await (const e of store.streamEvents({})) {
          if (e.modality === "hypothetical") {
            hypothetical++;
            continue;
          }
          total++;
          reports += Math.max(1, e.reports.length);
          byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
          if (!flags.list) continue;
          const evidence =
            e.evidence.text.length > 110 ? `${e.evidence.text.slice(0, 107)}...` : e.evidence.text;
          io.out(
            `${(e.date ?? "-").padEnd(10)} ${e.type.padEnd(23)} ${e.actor.padEnd(4)} -> ${e.target.padEnd(4)} ${e.modality}`,
          );
          io.out(`           "${evidence}"`);
        }
        const left = hypothetical ? `; ${count(hypothetical, "hypothetical event")} not shown` : "";
        io.out(`\n${count(total, "event")} in the database, from ${count(reports, "report")}${left}:`);
        for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1])) io.out(`  ${type.padEnd(23)} ${n}`);
        io.out(`\nQuery them with: npx curtain events --db ${target} --country SRB --format csv`);
        if (!flags.serve) {
          setExit(counts.failed ? 1 : 0);
          await store.close();
          return;
        }
      } catch (err) {
        await store.close();
        throw err;
      }
      // The demo's terminal is for people: request logs only when asked for (CURTAIN_LOG_LEVEL).
      process.env.CURTAIN_LOG_LEVEL ??= "warn";
      const code = await serveStore(store, flags, io, "demo", (url) =>
        io.out(`\nCurtain's map: ${url} (Ctrl-C to stop; the next npm start reuses ${target})`),
      );
      setExit(code);
    });
}
