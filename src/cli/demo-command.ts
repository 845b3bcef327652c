import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { readRawFile } from "../ingest/read-file.js";
import type { Source } from "../ingest/source.js";
import { ingestIntoStore } from "../ingest/ingest-into-store.js";
import { InputError } from "../input-error.js";
import { defaultTarget } from "../store/open-store.js";
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
      const target = defaultTarget(flags.db);
      const store = await openTarget("demo", flags.db, io, setExit);
      if (!store) return;
      try {
        const counts = await ingestIntoStore(sampleSource(), store, {
          onFailure: (e) => io.err(`curtain demo: ${e.message}`),
        });
        io.out(
          `Ingested the sample corpus into ${target}: ${counts.read} articles, ${counts.stored} stored now ` +
            `(${counts.events} events), ${counts.present} already there, ${counts.failed} failed.\n`,
        );
        const byType = new Map<string, number>();
        let total = 0;
        for await (const e of store.streamEvents({})) {
          if (e.modality === "hypothetical") continue;
          total++;
          byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
          const evidence =
            e.evidence.text.length > 110 ? `${e.evidence.text.slice(0, 107)}...` : e.evidence.text;
          io.out(
            `${(e.date ?? "-").padEnd(10)} ${e.type.padEnd(23)} ${e.actor.padEnd(4)} -> ${e.target.padEnd(4)} ${e.modality}`,
          );
          io.out(`           "${evidence}"`);
        }
        io.out(`\n${total} events in the database:`);
        for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1])) io.out(`  ${type.padEnd(23)} ${n}`);
        io.out(`\nQuery them with: npx curtain events --db ${target} --country SRB --format csv`);
        setExit(counts.failed ? 1 : 0);
      } finally {
        await store.close();
      }
    });
}
