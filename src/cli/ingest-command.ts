import type { Command } from "commander";
import type { IngestCounts } from "../ingest/ingest-into-store.js";
import { count } from "./count.js";
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
        "Provenance: a sources.json in a folder of articles says where each came from and on what terms it\n" +
        'is shown: a list of { "file": name in the folder, "outlet", "licence", "attribution",\n' +
        '"url" (or "origin", a note), "written": true for an article written rather than published }.\n' +
        "Each is stored with its article and shown with it on the map; re-ingesting updates it.\n\n" +
        "Exit codes: 0 every input stored or already present, 1 some input failed (the rest are stored), 2 bad usage.",
    )
    .action(async (sources: string[], flags: IngestFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for them.
      const [{ ingestIntoStore }, { openSources }] = await Promise.all([
        import("../ingest/ingest-into-store.js"),
        import("../ingest/open-sources.js"),
      ]);
      // The knowledge base and lexicon load now, not inside the first document's extraction: that
      // long synchronous pause, with a fetched page's keep-alive connection idle, let the server
      // close it under the next request (ECONNRESET, test/sources.test.ts).
      const [{ loadKnowledge }, { loadLexicon }, { defaultPoleClassifier }] = await Promise.all([
        import("../knowledge/load.js"),
        import("../coding/lexicon/lexicon.js"),
        import("../analysis/poles.js"),
      ]);
      loadKnowledge();
      loadLexicon();
      const store = await openTarget("ingest", flags.db, io, setExit);
      if (!store) return;
      // The alignment rollup's memberships, loaded before any fetch starts (see defaultPoleClassifier).
      defaultPoleClassifier();
      const maxBytes = Math.round((flags.maxMb ?? 10) * 1024 * 1024);
      const files = openSources(sources, {
        published: flags.published ?? null,
        maxBytes,
        timeoutMs: Math.round((flags.timeout ?? 20) * 1000),
      });
      const progress = progressLine(io === processIo && process.stderr.isTTY === true, files.total);
      const interrupt = onInterrupt();
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
            signal: interrupt.signal,
          },
          { maxBytes },
        );
        progress.clear();
        if (interrupt.signal.aborted) {
          io.err(
            `curtain ingest: interrupted: ${counts.stored} stored (${count(counts.events, "event")}), ` +
              `${counts.present} already present, ${counts.failed} failed; every stored document is complete, ` +
              "and running the same command again stores the rest",
          );
          setExit(INTERRUPTED);
        } else {
          io.err(summary(counts, files.skipped));
          setExit(counts.failed ? 1 : 0);
        }
      } finally {
        interrupt.dispose();
        await store.close();
      }
    });
}

/** The shell's code for a command ended by Ctrl-C (128 + SIGINT). */
const INTERRUPTED = 130;

/**
 * Ctrl-C once: stop after the document in hand, whose transaction then commits whole, and say what
 * was stored. Ctrl-C again: leave at once; the open transaction is rolled back by the database, so
 * nothing half-stored remains either way.
 */
function onInterrupt(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const handler = () => {
    if (controller.signal.aborted) process.exit(INTERRUPTED);
    controller.abort();
  };
  process.on("SIGINT", handler);
  return { signal: controller.signal, dispose: () => process.off("SIGINT", handler) };
}

/** The closing line: what was read and what became of it. */
function summary(c: IngestCounts, skipped: number): string {
  const extra = skipped ? `; ${count(skipped, "file")} skipped (not .txt, .html, .htm or .gz of them)` : "";
  const linked =
    c.duplicates || c.merged
      ? `; ${count(c.duplicates, "near-duplicate document")} linked, ${count(c.merged, "event")} merged with earlier reports`
      : "";
  return (
    `curtain ingest: ${c.read} read, ${c.stored} stored (${count(c.events, "event")}), ` +
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
