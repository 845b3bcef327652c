import type { Command } from "commander";
import { ingestIntoStore, type IngestCounts } from "../ingest/ingest-into-store.js";
import { openSources } from "../ingest/open-sources.js";
import { parseDay, parseMegabytes, processIo, type Io } from "./io.js";
import { openTarget } from "./open-target.js";

interface IngestFlags {
  readonly db?: string;
  readonly published?: string;
  readonly maxMb?: number;
  readonly timeout?: number;
}

/** Milliseconds between redraws of the progress line. */
const REDRAW_MS = 200;

export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description(
      "Extract and store documents with their events. SOURCE is a file or a folder (read recursively:\n" +
        ".txt, .html, .htm and .gz of them), an http(s) URL (a page, or an RSS/Atom feed whose items\n" +
        "are stored), an RSS/Atom feed file (.xml, .rss, .atom, or recognised by content) or a WARC\n" +
        "file (.warc, .warc.gz: its HTML response records). URLs are fetched with robots.txt obeyed.\n" +
        "The same bytes twice are one document, so re-running a folder adds only what is new.",
    )
    .argument("<source...>", "files, folders, URLs, feeds and WARC files to read")
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .option("--published <YYYY-MM-DD>", "publication date of every document read", parseDay)
    .option("--max-mb <n>", "refuse files and responses larger than this many megabytes", parseMegabytes, 10)
    .option("--timeout <seconds>", "give up on a URL after this many seconds", parseMegabytes, 20)
    .addHelpText(
      "after",
      "\nExamples:\n  curtain ingest articles/\n  curtain ingest a.txt b.html --published 2019-11-21 --db postgres://localhost/curtain\n" +
        "  curtain ingest https://example.org/news/rss.xml CC-NEWS-20240101.warc.gz --timeout 10\n\n" +
        "Exit codes: 0 every input stored or already present, 1 some input failed (the rest are stored), 2 bad usage.",
    )
    .action(async (sources: string[], flags: IngestFlags) => {
      const store = await openTarget("ingest", flags.db, io, setExit);
      if (!store) return;
      const maxBytes = Math.round((flags.maxMb ?? 10) * 1024 * 1024);
      const files = openSources(sources, {
        published: flags.published ?? null,
        maxBytes,
        timeoutMs: Math.round((flags.timeout ?? 20) * 1000),
      });
      const progress = progressLine(io === processIo && process.stderr.isTTY === true, files.total);
      try {
        const counts = await ingestIntoStore(
          files.source,
          store,
          {
            onProgress: progress.update,
            onFailure: (err) => {
              progress.clear();
              io.err(`curtain ingest: ${err.message}`);
            },
          },
          { maxBytes },
        );
        progress.clear();
        io.err(summary(counts, files.skipped));
        setExit(counts.failed ? 1 : 0);
      } finally {
        await store.close();
      }
    });
}

/** The closing line: what was read and what became of it. */
function summary(c: IngestCounts, skipped: number): string {
  const extra = skipped ? `; ${skipped} files skipped (not .txt, .html, .htm or .gz of them)` : "";
  const linked =
    c.duplicates || c.merged
      ? `; ${c.duplicates} near-duplicate documents linked, ${c.merged} events merged with earlier reports`
      : "";
  return (
    `curtain ingest: ${c.read} read, ${c.stored} stored (${c.events} events), ` +
    `${c.present} already present, ${c.failed} failed${extra}${linked}`
  );
}

/** A redrawn status line on a terminal (items, rate, errors); nothing at all otherwise. */
function progressLine(tty: boolean, total: number | null) {
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  return {
    update(c: IngestCounts): void {
      const now = Date.now();
      if (!tty || now - drawn < REDRAW_MS) return;
      drawn = now;
      shown = true;
      const rate = c.read / Math.max((now - started) / 1000, 0.001);
      process.stderr.write(
        `\r\x1b[Kingest: ${c.read}${total === null ? "" : `/${total}`} items, ${rate.toFixed(1)}/s, ${c.stored} stored, ${c.failed} errors`,
      );
    },
    clear(): void {
      if (shown) process.stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}
