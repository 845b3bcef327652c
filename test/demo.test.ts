import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe("curtain demo (npm start)", () => {
  it("ingests the demo corpus, shows its events with evidence, and is safe to re-run", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "curtain-demo-")), "demo.db");
    const first = capture();
    expect(await main(["demo", "--db", db, "--no-serve", "--list"], first.io)).toBe(0);
    const text = first.out.join("\n");
    expect(text).toMatch(/Ingested the demo corpus into .*: (\d+) articles, \1 stored now/);
    // The seed article is in the sample: its Serbian arms transfer must show with its sentence.
    expect(text).toMatch(/ARMS_TRANSFER\s+RUS\s+->\s+SRB/);
    expect(text).toMatch(/Pantsir-S/);
    // Reports of one event are merged: the summary says so, and its numbers add up.
    const reports = /\((\d+) event reports?(?:; (\d+) reports? merged into events reported earlier)?\)/.exec(
      text,
    );
    const shown =
      /\n(\d+) events? in the database, from (\d+) reports?(?:; (\d+) hypothetical events? not shown)?:/.exec(
        text,
      );
    expect(reports, text).not.toBeNull();
    expect(shown, text).not.toBeNull();
    const [written, merged] = [Number(reports![1]), Number(reports![2] ?? 0)];
    const [events, hypothetical] = [Number(shown![1]), Number(shown![3] ?? 0)];
    expect(events + hypothetical).toBe(written - merged);
    expect(Number(shown![2])).toBeGreaterThanOrEqual(events);
    const second = capture();
    expect(await main(["demo", "--db", db, "--no-serve"], second.io)).toBe(0);
    expect(second.out.join("\n")).toMatch(/0 stored now \(0 event reports\), (\d+) already there/);

    // What `npm start` does after ingesting: serve the map, say where, stop cleanly on SIGTERM.
    const child = spawn(process.execPath, [BIN, "demo", "--db", db, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, CURTAIN_LOG_LEVEL: "warn" },
    });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", () => {
        const m = /Curtain's map: (http:\/\/localhost:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once("exit", (code) => reject(new Error(`demo exited ${code}: ${out}`)));
    });
    const page = await fetch(url.replace("localhost", "127.0.0.1"));
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<svg\s+id="map"/);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 300_000);
});
