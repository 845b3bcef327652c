import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) }, out, err };
}

describe("curtain demo (npm start)", () => {
  it("ingests the sample corpus, shows its events with evidence, and is safe to re-run", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "curtain-demo-")), "demo.db");
    const first = capture();
    expect(await main(["demo", "--db", db], first.io)).toBe(0);
    const text = first.out.join("\n");
    expect(text).toMatch(/Ingested the sample corpus into .*: (\d+) articles, \1 stored now/);
    // The seed article is in the sample: its Serbian arms transfer must show with its sentence.
    expect(text).toMatch(/ARMS_TRANSFER\s+RUS\s+->\s+SRB/);
    expect(text).toMatch(/Pantsir-S/);
    const second = capture();
    expect(await main(["demo", "--db", db], second.io)).toBe(0);
    expect(second.out.join("\n")).toMatch(/0 stored now \(0 events\), (\d+) already there/);
  });
});
