import type { Writable } from "node:stream";

/** How writing ended: every chunk written, or the reader went away (`| head` closed the pipe). */
export type WriteOutcome = "done" | "closed";

/**
 * Writes chunks to `out` as the reader takes them: when its buffer is full, waits for 'drain'
 * before pulling the next chunk, so memory stays bounded however slow the reader. Between chunks
 * it lets the event loop turn, because the store's reads (better-sqlite3 behind kysely) resolve as
 * microtasks only: without the turn, a closed pipe's EPIPE would wait for the whole export.
 * Returns "closed" at the first write error (EPIPE) or once `out` is destroyed; `out` is not ended.
 */
export async function writeChunks(out: Writable, chunks: AsyncIterable<string>): Promise<WriteOutcome> {
  let failed = false;
  let wake: (() => void) | null = null;
  const stop = () => {
    failed = true;
    wake?.();
  };
  out.on("error", stop);
  out.on("close", stop);
  try {
    for await (const chunk of chunks) {
      if (failed || out.destroyed) return "closed";
      const room = out.write(chunk);
      if (!room && !failed) {
        await new Promise<void>((resolve) => {
          const done = () => {
            out.off("drain", done);
            wake = null;
            resolve();
          };
          wake = done;
          out.on("drain", done);
        });
      } else await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return failed || out.destroyed ? "closed" : "done";
  } finally {
    out.off("error", stop);
    out.off("close", stop);
  }
}
