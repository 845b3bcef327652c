import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { readRawFile } from "../ingest/read-file.js";
import { InputError } from "../input-error.js";
import { extract } from "../pipeline/extract.js";
import type { Io } from "./io.js";

export const SAMPLE_DIR = fileURLToPath(new URL("../../data/sample/", import.meta.url));

/** Sample articles carry their publication date in the name: NNN_YYYY-MM-DD_slug.ext. */
const DATED = /_(\d{4}-\d{2}-\d{2})_/;

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("demo")
    .description(
      "Read the bundled sample corpus (data/sample) and show what Curtain finds in it:\n" +
        "every event with its actor, target, modality, date and the sentence that states it.",
    )
    .option(
      "--port <port>",
      "reserved: the port the map will be served on once the store and map exist",
      "8080",
    )
    .action(() => {
      const files = readdirSync(SAMPLE_DIR)
        .filter((f) => /\.(txt|html?)(\.gz)?$/.test(f))
        .sort();
      const byType = new Map<string, number>();
      let events = 0;
      let failed = 0;
      for (const file of files) {
        const published = DATED.exec(file)?.[1] ?? null;
        try {
          const doc = extract(readRawFile(join(SAMPLE_DIR, file), published));
          io.out(`\n${doc.document.title ?? file} (${published ?? "undated"})`);
          for (const e of doc.events) {
            if (e.modality === "hypothetical") continue;
            events++;
            byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
            io.out(
              `  ${e.type.padEnd(23)} ${e.actor.padEnd(4)} -> ${e.target.padEnd(4)} ${e.modality.padEnd(10)} ${e.date ?? "-"}`,
            );
            io.out(
              `      "${e.evidence.text.length > 110 ? e.evidence.text.slice(0, 107) + "..." : e.evidence.text}"`,
            );
          }
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failed++;
          io.err(`curtain demo: ${err.message}`);
        }
      }
      io.out(`\n${files.length} articles, ${events} events:`);
      for (const [type, n] of [...byType].sort((a, b) => b[1] - a[1])) io.out(`  ${type.padEnd(23)} ${n}`);
      setExit(failed ? 1 : 0);
    });
}
