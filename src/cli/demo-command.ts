import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { readRawFile } from "../ingest/read-file.js";
import type { Source } from "../ingest/source.js";
import { InputError } from "../input-error.js";
import { count } from "./count.js";
import type { Io } from "./io.js";
import { openTarget } from "./open-target.js";

export const SAMPLE_DIR = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** Sample articles carry their publication date in the name: NNN_YYYY-MM-DD_slug.ext. */
const DATED = /_(\d{4}-\d{2}-\d{2})_/;

interface DemoFlags {
  readonly db?: string;
  readonly port?: string;
}

/** The sample corpus as a source, each file with the publication date its name carries. */
async function* sampleSource(): Source {
  const files = readdirSync(SAMPLE_DIR)
    .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
    .sort();
  for (const file of files) {
    try {
      yield readRawFile(join(SAMPLE_DIR, file), DATED.exec(file)?.[1] ?? null);
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
      "Ingest the bundled sample corpus (data/sample) into a local database and show what Curtain\n" +
        "found there: every event with its actor, target, modality, date and the sentence that states it.\n" +
        "Re-running is safe: documents already stored are not stored again.",
    )
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB or ./curtain.db)")
    .option("--port <port>", "reserved: the port the map will be served on once it exists", "8080")
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
        const counts = await ingestIntoStore(sampleSource(), store, {
          onFailure: (e) => io.err(`curtain demo: ${e.message}`),
        });
        // Several articles often report one event: each report is stored, and reports of the same
        // event are merged into one. Both counts are said, so that the totals below add up.
        const merged = counts.merged
          ? `; ${count(counts.merged, "report")} merged into events reported earlier`
          : "";
        io.out(
          `Ingested the sample corpus into ${target}: ${counts.read} articles, ${counts.stored} stored now ` +
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
        setExit(counts.failed ? 1 : 0);
      } finally {
        await store.close();
      }
    });
}
