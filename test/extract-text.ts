import { expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";
import { extract } from "../src/pipeline/extract.js";
import type { ExtractedDocument } from "../src/pipeline/extracted-document.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/** For tests: the events the whole pipeline (cleaner included) codes in a plain-text statement. */
export function extractText(text: string, published: string): ExtractedDocument["events"] {
  return extract(
    {
      kind: "RawDocument",
      source: "statement.txt",
      bytes: new TextEncoder().encode(text),
      contentType: "text/plain",
      fetchedAt: `${published}T00:00:00Z`,
      published,
    },
    { kb, lexicon },
  ).events;
}

/** For table tests: what the coder codes in a text, one "TYPE ACTOR TARGET modality" per event. */
export function codedText(text: string, published = "2024-06-15"): string[] {
  return codeDocument("test", annotate(text, published, kb), kb, lexicon).map(
    (e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`,
  );
}

/** A table row: a sentence, the events it must code and those it must not ("TYPE ACTOR TARGET modality"). */
export interface CodedRow {
  readonly text: string;
  readonly has: readonly string[];
  readonly lacks: readonly string[];
}

/** One test per row: the sentence codes every event of `has` and none of `lacks`. */
export function itCodes(rows: readonly CodedRow[]): void {
  for (const row of rows)
    it(row.text, () => {
      const coded = codedText(row.text);
      for (const e of row.has) expect(coded).toContain(e);
      for (const e of row.lacks) expect(coded).not.toContain(e);
    });
}
