import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist", "nlp", "parse");

// The worker runs compiled code only (dist/), so this runs a script against the build.
describe.skipIf(!existsSync(join(DIST, "preload-worker.js")))(
  "the parser model read in a worker thread",
  () => {
    it("gives the same trees as the model read in the main thread", () => {
      const script = `
      import { readFileSync } from "node:fs";
      const { preloadParserModel, takePreloadedParser } = await import(${JSON.stringify(join(DIST, "preload.js"))});
      const { parse, readShippedParserModel } = await import(${JSON.stringify(join(DIST, "index.js"))});
      const { readConllu } = await import(${JSON.stringify(join(DIST, "conllu.js"))});
      preloadParserModel();
      const preloaded = takePreloadedParser();
      if (!preloaded) throw new Error("no preloaded model");
      const direct = readShippedParserModel();
      const trees = readConllu(readFileSync(${JSON.stringify(join(ROOT, "test/fixtures/ud/en_ewt-ud-test.conllu"))}, "utf8")).slice(0, 300);
      let words = 0;
      for (const t of trees) {
        const a = parse(t.words, t.upos, preloaded);
        const b = parse(t.words, t.upos, direct);
        if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error("trees differ: " + t.id);
        words += t.words.length;
      }
      console.log("same trees " + trees.length + " " + words);
    `;
      const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
      expect(out).toMatch(/^same trees 300 \d+/);
    }, 60_000);
  },
);
