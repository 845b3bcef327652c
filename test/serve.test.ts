import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openStore } from "../src/store/open-store.js";
import { testDocument } from "../src/store/test-documents.js";

// Runs the built `curtain serve` as a process: it answers on the port given, logs requests with
// their ids, and on SIGTERM closes the database and exits 0.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

it("curtain serve answers /healthz and the API, and exits 0 on SIGTERM with the database closed", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "curtain-serve-")), "serve.db");
  const store = await openStore(db);
  const { doc, raw } = testDocument("Russia delivered arms to Serbia.", "2020-01-15", [
    { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2020-01-10" },
  ]);
  await store.putDocument(doc, raw);
  await store.close();

  const port = await freePort();
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", String(port)], {
    env: { ...process.env, CURTAIN_LOG_LEVEL: "info", CURTAIN_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    let health: Response | null = null;
    for (let i = 0; i < 600 && !health; i++) {
      health = await fetch(`${base}/healthz`).catch(() => null);
      if (!health) await new Promise((r) => setTimeout(r, 100));
    }
    expect(health?.status, stderr).toBe(200);
    expect(await health!.json()).toEqual({ ok: true });
    const events = (await (await fetch(`${base}/api/events?country=SRB`)).json()) as {
      events: { id: string }[];
    };
    expect(events.events.map((e) => e.id)).toEqual([doc.events[0]!.id]);
    expect((await fetch(`${base}/api/documents`, { method: "POST", body: "x" })).status).toBe(404);
    // While it runs, SQLite keeps its write-ahead log open.
    expect(existsSync(`${db}-wal`)).toBe(true);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  } finally {
    child.kill("SIGKILL");
  }
  // A clean close checkpoints the log and removes it.
  expect(existsSync(`${db}-wal`)).toBe(false);
  const lines = stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { reqId?: string; msg: string });
  expect(lines.some((l) => l.reqId && l.msg === "request completed")).toBe(true);
  expect(lines.some((l) => /shutting down/.test(l.msg))).toBe(true);
  expect(stderr).toBe("");
}, 120_000);
