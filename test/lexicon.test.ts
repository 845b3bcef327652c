import { describe, expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";

// Every trigger entry's examples, coded as one-sentence documents: the table-driven test of the lexicon.
const lexicon = loadLexicon();
const kb = loadKnowledge();

const rows = lexicon.triggers.flatMap((t) =>
  t.examples.map((example) => {
    const [sentence, expected] = example.split(" => ") as [string, string];
    return { id: t.id, sentence, expected };
  }),
);

describe("trigger lexicon examples", () => {
  it.each(rows)("$id: $sentence", ({ sentence, expected }) => {
    const doc = annotate(sentence, "2024-06-15", kb);
    const events = codeDocument("test", doc, kb, lexicon);
    const coded = events.map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
    if (expected === "none") {
      // Hypothetical events claim nothing, as the scorer treats them.
      expect(
        events.filter((e) => e.modality !== "hypothetical").map((e) => `${e.type} ${e.actor} ${e.target}`),
      ).toEqual([]);
      return;
    }
    const [type, actor, target, modality] = expected.split(" ");
    const event = events.find((e) => e.type === type && e.actor === actor && e.target === target);
    expect(event, `coded: ${coded.join("; ") || "nothing"}`).toBeDefined();
    if (modality) expect(event!.modality).toBe(modality);
    expect(sentence.slice(event!.evidence.start, event!.evidence.end)).toBe(event!.evidence.text);
  });
});

describe("trigger lexicon data", () => {
  it("covers every event type with at least one trigger", async () => {
    const { EVENT_TYPES } = await import("../src/coding/lexicon/event-type.js");
    const covered = new Set(lexicon.triggers.map((t) => t.type));
    expect(EVENT_TYPES.filter((t) => !covered.has(t))).toEqual([]);
  });
});
