import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Command } from "commander";
import { readRawFile } from "../ingest/read-file.js";
import { InputError } from "../input-error.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import { formatDocumentSummary } from "./format-summary.js";
import { parseDay, parseMegabytes, type Io } from "./io.js";

interface ExtractFlags {
  readonly published?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly maxMb?: number;
  readonly encoding?: string;
}

export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("extract")
    .description(
      "Clean and code each file (plain text, HTML, or .gz of either) without a database.\n" +
        "Prints a summary per file, or JSON with --json, or writes DIR/NAME.json with --out DIR.",
    )
    .argument("<file...>", "article files to read")
    .option("--published <YYYY-MM-DD>", "publication date, for relative dates like 'last month'", parseDay)
    .option("--json", "print one JSON document per input (an array when several)")
    .option("--out <dir>", "write DIR/NAME.json per input, NAME being the file name up to its first dot")
    .option("--max-mb <n>", "refuse files larger than this many megabytes", parseMegabytes, 10)
    .option(
      "--encoding <name>",
      "read plain-text files in this encoding (e.g. windows-1251) instead of UTF-8",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  curtain extract article.txt --published 2019-11-21\n  curtain extract pages/*.html --out /tmp/out\n\nExit codes: 0 all inputs read, 1 some input failed (the rest are still processed), 2 bad usage.",
    )
    .action(async (files: string[], flags: ExtractFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for the pipeline.
      const { extract } = await import("../pipeline/extract.js");
      const results: ExtractedDocument[] = [];
      let failed = 0;
      if (flags.out) mkdirSync(flags.out, { recursive: true });
      for (const file of files) {
        try {
          const maxBytes = Math.round((flags.maxMb ?? 10) * 1024 * 1024);
          const raw = readRawFile(file, flags.published ?? null, maxBytes);
          const doc = extract(raw, { maxBytes, ...(flags.encoding ? { encoding: flags.encoding } : {}) });
          if (flags.out)
            writeFileSync(join(flags.out, `${outputName(file)}.json`), JSON.stringify(doc, null, 2) + "\n");
          else if (flags.json) results.push(doc);
          else io.out(formatDocumentSummary(doc));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failed++;
          io.err(`curtain extract: ${err.message}`);
        }
      }
      if (flags.json && !flags.out)
        io.out(JSON.stringify(files.length === 1 ? (results[0] ?? null) : results, null, 2));
      if (failed) io.err(`curtain extract: ${failed} of ${files.length} inputs failed`);
      setExit(failed ? 1 : 0);
    });
}

function outputName(file: string): string {
  const name = basename(file);
  const dot = name.indexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
