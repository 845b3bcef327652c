import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { readRawFile } from "../ingest/read-file.js";
import { InputError } from "../input-error.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import { formatDocumentSummary } from "./format-summary.js";
import { count } from "./count.js";
import { parseDay, parseEncoding, parseMegabytes, type Io } from "./io.js";
import { prepareOutputDir, writeReason } from "./output-dir.js";
import { OutputNames } from "./output-names.js";

interface ExtractFlags {
  readonly published?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly maxMb?: number;
  readonly encoding?: string;
  readonly learned?: boolean;
  readonly framesOnly?: boolean;
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
    .option(
      "--out <dir>",
      "write DIR/NAME.json per input, NAME being the file name up to its first dot (NAME-2, NAME-3 for later inputs that share it)",
    )
    .option("--max-mb <n>", "refuse files larger than this many megabytes", parseMegabytes, 10)
    .option(
      "--encoding <name>",
      "read plain-text files in this encoding (e.g. windows-1251) instead of UTF-8",
      parseEncoding,
    )
    .option(
      "--frames-only",
      "code with the trigger frames alone, without the events the learned scorer proposes beyond them (fewer found, a little more precise: see the README)",
    )
    .option(
      "--learned",
      "the default since the eighth session: the frames and the learned scorer's proposals",
    )
    .addHelpText(
      "after",
      "\nExamples:\n  curtain extract article.txt --published 2019-11-21\n  curtain extract pages/*.html --out /tmp/out\n\nExit codes: 0 all inputs read, 1 some input failed (the rest are still processed), 2 bad usage.",
    )
    .action(async (files: string[], flags: ExtractFlags) => {
      // The parser's weights load in a worker thread meanwhile (see nlp/parse/preload.ts).
      // The learned scorer's proposals are coded too unless --frames-only (see the README's accuracy table).
      const learned = !flags.framesOnly;
      if (learned) (await import("../nlp/parse/preload.js")).preloadParserModel();
      // Loaded here, not at the top: `--help` and the other commands never pay for the pipeline.
      const { extract } = await import("../pipeline/extract.js");
      const proposer = learned ? (await import("../coding/learn/proposer.js")).learnedProposer() : null;
      const results: ExtractedDocument[] = [];
      let failed = 0;
      if (flags.out) {
        const problem = prepareOutputDir(flags.out);
        if (problem) {
          io.err(`curtain extract: --out ${flags.out}: ${problem}`);
          setExit(2);
          return;
        }
      }
      const names = new OutputNames();
      let unwritable = false;
      for (const file of files) {
        try {
          const maxBytes = Math.round((flags.maxMb ?? 10) * 1024 * 1024);
          const raw = readRawFile(file, flags.published ?? null, maxBytes);
          const doc = extract(raw, {
            maxBytes,
            proposer,
            ...(flags.encoding ? { encoding: flags.encoding } : {}),
          });
          if (flags.out) {
            const { name, plain, taken } = names.next(file);
            const path = join(flags.out, `${name}.json`);
            try {
              writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
            } catch (err) {
              // The folder was writable a moment ago: a full disk or a changed permission ends the run.
              io.err(`curtain extract: ${path}: ${writeReason(err)}`);
              unwritable = true;
              break;
            }
            if (taken !== null)
              io.err(`curtain extract: ${file}: ${plain}.json is taken by ${taken}, wrote ${path}`);
          } else if (flags.json) results.push(doc);
          else io.out(formatDocumentSummary(doc));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          failed++;
          io.err(`curtain extract: ${err.message}`);
        }
      }
      if (flags.json && !flags.out)
        io.out(JSON.stringify(files.length === 1 ? (results[0] ?? null) : results, null, 2));
      if (failed) io.err(`curtain extract: ${failed} of ${count(files.length, "input")} failed`);
      setExit(failed || unwritable ? 1 : 0);
    });
}
