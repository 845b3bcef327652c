import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunks } from "./write-chunks.js";

/** A reader that takes one chunk every `delayMs`, with a small buffer. */
function slowReader(delayMs: number) {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, done) {
      setTimeout(() => {
        received.push(chunk.toString());
        done();
      }, delayMs);
    },
  });
  return { stream, received };
}

describe("writeChunks", () => {
  it("pulls the next chunk only when the reader has room: at most one chunk waits", async () => {
    const { stream, received } = slowReader(2);
    let pulled = 0;
    let mostWaiting = 0;
    async function* chunks() {
      for (let i = 0; i < 200; i++) {
        mostWaiting = Math.max(mostWaiting, pulled - received.length);
        pulled++;
        yield `${"x".repeat(2000)} ${i}\n`;
      }
    }
    expect(await writeChunks(stream, chunks())).toBe("done");
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(received).toHaveLength(200);
    expect(received[199]).toMatch(/ 199\n$/);
    // Chunks of 2 kB against a 1 kB buffer: each write fills it, so the writer waits after each.
    expect(mostWaiting).toBeLessThanOrEqual(2);
  });

  it("stops pulling once the reader is gone, even from an endless source", async () => {
    const { stream } = slowReader(1);
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield "line\n";
        if (pulled === 10) stream.destroy(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
      }
    }
    stream.on("error", () => undefined);
    expect(await writeChunks(stream, endless())).toBe("closed");
    expect(pulled).toBeLessThan(20);
  });
});
