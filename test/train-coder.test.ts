import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const ROOT = join(import.meta.dirname, "..");
const SHARED = join(ROOT, "..", "shared");

describe.skipIf(!existsSync(join(ROOT, "dist", "coding", "learn", "train-scorer.js")))(
  "the learned scorer's training",
  () => {
    it("retraining on the same corpora reproduces the committed weights byte for byte", () => {
      const out = execFileSync(process.execPath, [join(ROOT, "scripts", "train-coder.mjs"), "--check"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      expect(out).toContain("the committed model is reproduced");
    }, 300_000);
  },
);

describe("extract --learned", () => {
  it("keeps the frames' events and adds scored ones, each with its sentence and a confidence", async () => {
    const seed = join(SHARED, "gold", "seed", "000_063a601448609a77.txt");
    const file = existsSync(seed)
      ? seed
      : join(ROOT, "data", "sample", "000_2019-11-21_putin-iron-curtain.txt");
    const plain = await runCli("extract", file, "--published", "2019-11-21", "--json");
    const learned = await runCli("extract", file, "--published", "2019-11-21", "--json", "--learned");
    expect(plain.code).toBe(0);
    expect(learned.code).toBe(0);
    type E = { type: string; actor: string; target: string; confidence: number; evidence: { text: string } };
    const a = (JSON.parse(plain.stdout) as { events: E[] }).events;
    const doc = JSON.parse(learned.stdout) as { mainText: string; events: E[] };
    const key = (e: E) => `${e.type}|${e.actor}|${e.target}`;
    for (const e of a) expect(doc.events.map(key)).toContain(key(e));
    for (const e of doc.events) {
      expect(doc.mainText).toContain(e.evidence.text);
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is explained by --help", async () => {
    const help = await runCli("extract", "--help");
    expect(help.stdout).toContain("--learned");
  });
});
