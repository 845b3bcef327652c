import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { foldDiacritics } from "./fold.js";
import { splitSentences } from "./sentences.js";
import { readDoc, wink } from "./wink.js";

const ROOT = join(import.meta.dirname, "..", "..");

/** Every token's lemma as wink-nlp reads it in bulk, lower case, paragraph by paragraph. */
function winkLemmas(text: string): string[] {
  const its = wink().its;
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .flatMap(
      (p) =>
        readDoc(foldDiacritics(p))
          .tokens()
          .out(its.lemma as never) as unknown as string[],
    )
    .map((l) => l.toLowerCase());
}

const texts = [
  "He's said they can't and won't go. It's Russia's call; we'll see what they'd do.",
  "I'm sure you're right: DON'T sanction them, let's wait. Gonna be a long year, ain't it?",
  "The leaves left; he leaves. She saw the saw. The better men met, the best data meets.",
  "Vučić's government said it's ready, Lukashenko's wasn't.",
];

describe("lemmas remembered per spelling and POS", () => {
  test("are wink-nlp's own, contractions included, on first and later reads", () => {
    const corpus = readdirSync(join(ROOT, "test/corpus"))
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(ROOT, "test/corpus", f), "utf8"));
    for (const text of [...texts, ...corpus, ...texts]) {
      const ours = splitSentences(text).flatMap((s) => s.tokens.map((t) => t.lemma));
      expect(ours).toEqual(winkLemmas(text));
    }
  });
});

describe("a token wink-nlp gives no lemma", () => {
  test.each([
    ["We cannot, for our part, act alone.", "cannot"],
    ["Cannot, said he.", "cannot"],
    ["They cannot; the law forbids it.", "cannot"],
  ])("%s: its own spelling, lower case", (text, lemma) => {
    const tokens = splitSentences(text).flatMap((s) => s.tokens);
    expect(tokens.every((t) => typeof t.lemma === "string")).toBe(true);
    expect(tokens.map((t) => t.lemma)).toContain(lemma);
  });
  test("a word wink-nlp lemmatises keeps wink-nlp's lemma", () => {
    const tokens = splitSentences("We cannot act alone.").flatMap((s) => s.tokens);
    expect(tokens.map((t) => t.lemma)).toEqual(["we", "can", "not", "act", "alone", "."]);
  });
});
