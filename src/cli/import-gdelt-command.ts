import type { Command } from "commander";
import type { GdeltCounts } from "../ingest/gdelt/import-file.js";
import { count } from "./count.js";
import { processIo, type Io } from "./io.js";
import { openTarget } from "./open-target.js";

interface ImportGdeltFlags {
  readonly db?: string;
}

/** Milliseconds between redraws of the progress line. */
const REDRAW_MS = 200;

export function registerImportGdelt(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("import-gdelt")
    .description(
      "Load GDELT 2.0 event export files (tab-separated .CSV, 61 columns, no header, or a .zip of them: " +
        "every file in it is imported, and the zip refused when one is not an export) " +
        "as events with their source URL. CAMEO codes are mapped to Curtain's types by " +
        "data/lexicon/cameo-map.yaml and kept as `cameo`; rows whose code has no type, or without an " +
        "actor or target country, are counted and left out. Each file is stored as one document and " +
        'each event as "gdelt-GLOBALEVENTID", so importing a file again adds nothing.',
    )
    .argument("<file...>", "GDELT export files: YYYYMMDD.export.CSV or .CSV.zip")
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .addHelpText(
      "after",
      "\nExamples:\n  curtain import-gdelt 20220224.export.CSV.zip\n" +
        "  curtain import-gdelt gdelt/*.CSV --db postgres://localhost/curtain\n\n" +
        "Malformed rows are reported as FILE:LINE: reason (the first 20 per file) and the rest stored.\n" +
        "Exit codes: 0 every row read, 1 some row or file failed (the rest are stored), 2 bad usage.",
    )
    .action(async (files: string[], flags: ImportGdeltFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for them.
      const [{ loadCameoMap }, { statesByFips }, { importGdeltFiles }] = await Promise.all([
        import("../ingest/gdelt/cameo-map.js"),
        import("../ingest/gdelt/fips.js"),
        import("../ingest/gdelt/import-file.js"),
      ]);
      const store = await openTarget("import-gdelt", flags.db, io, setExit);
      if (!store) return;
      const progress = progressLine(io === processIo && process.stderr.isTTY === true);
      const started = performance.now();
      try {
        const counts = await importGdeltFiles(files, store, {
          cameo: loadCameoMap(),
          stateOfFips: statesByFips(),
          onError: (file, line, reason) => {
            progress.clear();
            io.err(`curtain import-gdelt: ${file}${line === null ? "" : `:${line}`}: ${reason}`);
          },
          onProgress: progress.update,
        });
        // The alignment index rows of the months the files touched, once for all of them.
        await store.refreshAlignmentIndex();
        progress.clear();
        io.err(summary(counts, (performance.now() - started) / 1000));
        setExit(counts.failedFiles || counts.malformed ? 1 : 0);
      } finally {
        await store.close();
      }
    });
}

/** The closing line: what was read and what became of it. */
function summary(c: GdeltCounts, seconds: number): string {
  const rate = Math.round(c.rows / Math.max(seconds, 0.001));
  return (
    `curtain import-gdelt: ${count(c.files, "file")} (${c.failedFiles} failed), ${count(c.rows, "row")} in ${seconds.toFixed(1)} s ` +
    `(${rate} rows/s): ${count(c.stored, "event")} stored, ${c.present} already present, ${c.unmapped} unmapped ` +
    `CAMEO codes left out, ${c.noCountry} without actor or target country left out, ${c.malformed} malformed`
  );
}

/** A redrawn status line on a terminal (rows, rate, errors); nothing at all otherwise. */
function progressLine(tty: boolean) {
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  return {
    update(c: GdeltCounts): void {
      const now = Date.now();
      if (!tty || now - drawn < REDRAW_MS) return;
      drawn = now;
      shown = true;
      const rate = c.rows / Math.max((now - started) / 1000, 0.001);
      process.stderr.write(
        `\r\x1b[Kimport-gdelt: file ${c.files}, ${c.rows} rows, ${Math.round(rate)}/s, ` +
          `${c.stored} stored, ${c.malformed} malformed`,
      );
    },
    clear(): void {
      if (shown) process.stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}
