import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmarks' generator is plain JavaScript.
import { generateEvents } from "../bench/generate-events.mjs";
import { openStore } from "../src/store/open-store.js";
import type { EventsTable } from "../src/store/schema.js";

// `curtain events` run as users run it, into a reader that stops reading and one that closes the
// pipe after three lines (`| head -3`). `npm test` builds dist/ first.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-export-"));
const big = join(dir, "big.db");
/** ~90 MB of JSON lines: far more than a process that holds back its output would stay under. */
const EVENTS = 100_000;

async function build(path: string, count: number) {
  const store = await openStore(path);
  const doc = "0".repeat(64);
  await store.putImportedFile({
    id: doc,
    source: "test",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  await store.bulkInsertEvents(generateEvents(count, doc, 7) as Iterable<EventsTable>);
  await store.close();
}

beforeAll(async () => {
  await build(big, EVENTS);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The child's memory in MB from /proc: its peak (VmHWM) and its CPU ticks so far. */
function probe(pid: number): { peakMb: number; ticks: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return {
    peakMb: Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024,
    ticks: Number(stat[11]) + Number(stat[12]),
  };
}

function events(db: string, format = "ndjson") {
  return spawn(process.execPath, [BIN, "events", "--db", db, "--format", format], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves with the exit code and stderr once the child is gone. */
function exited(child: ReturnType<typeof events>): Promise<{ code: number | null; stderr: string }> {
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

/** Resolves when the child has used no CPU for a second: blocked on its reader (or done). */
async function idle(pid: number): Promise<void> {
  let last = -1;
  for (;;) {
    const { ticks } = probe(pid);
    if (ticks === last) return;
    last = ticks;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** A reader that reads nothing until the writer is blocked; then its peak memory, and it reads the rest. */
async function pausedReader(args: string[]) {
  const child = spawn(process.execPath, [BIN, "events", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const done = exited(child);
  child.stdout!.pause();
  await idle(child.pid!);
  const { peakMb } = probe(child.pid!);
  let lines = 0;
  child.stdout!.on("data", (d: Buffer) => {
    for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
  });
  child.stdout!.resume();
  const { code, stderr } = await done;
  return { peakMb, lines, code, stderr };
}

describe("curtain events into a slow reader", () => {
  it("waits for the reader instead of buffering: memory stays near a short export's", async () => {
    // Baseline: 1,000 events, ~1 MB, more than the pipe holds, so this one blocks too.
    const short = await pausedReader(["--db", big, "--format", "ndjson", "--limit", "1000"]);
    expect(short.lines).toBe(1000);
    const all = await pausedReader(["--db", big, "--format", "ndjson"]);
    expect(all.stderr).toBe("");
    expect(all.code).toBe(0);
    expect(all.lines).toBe(EVENTS);
    // Holding the export back would take ~90 MB more; one chunk and one page are well under 40.
    expect(all.peakMb, `peak ${all.peakMb} MB, 1,000 events ${short.peakMb} MB`).toBeLessThan(
      short.peakMb + 40,
    );
  }, 300_000);
});

describe("curtain events into a reader that closes the pipe", () => {
  /** How long the whole export takes, measured on the same file: the yardstick. */
  let fullMs = 0;
  beforeAll(async () => {
    const full = events(big, "ndjson");
    const started = performance.now();
    full.stdout!.resume();
    expect((await exited(full)).code).toBe(0);
    fullMs = performance.now() - started;
  }, 300_000);

  it.each(["json", "ndjson", "csv", "geojson", "gdelt"])(
    "--format %s: exits quietly with 0 long before the whole export would end",
    async (format) => {
      const child = events(big, format);
      const started = performance.now();
      const done = exited(child);
      let seen = "";
      child.stdout!.on("data", (d: Buffer) => {
        seen += d.toString();
        if (seen.split("\n").length > 3) child.stdout!.destroy();
      });
      const { code, stderr } = await done;
      const closedMs = performance.now() - started;
      expect(stderr).toBe("");
      expect(code).toBe(0);
      // A command that kept writing into the closed pipe would take the whole export's time.
      expect(closedMs, `closed after ${closedMs} ms, the whole export ${fullMs} ms`).toBeLessThan(fullMs / 2);
    },
    120_000,
  );
});
