import { describe, expect, test } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { codeDocument } from "../code-document.js";
import { loadLexicon } from "../lexicon/lexicon.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

function eventsOf(text: string): string[] {
  const doc = annotate(text, "2026-07-03", kb);
  return codeDocument("t", doc, kb, lexicon).map((e) => `${e.type} ${e.actor} ${e.target}`);
}

// A statement whose lead speaks "on behalf of" one state: "I" and "we" are that state throughout.
describe("the voice of a statement made on behalf of a state", () => {
  test.each([
    {
      text: "Moldova Independence Day\n\nOn behalf of the United States of America, I congratulate the people of Moldova on their Independence Day.\n\nWe thank Moldova for its partnership.",
      expected: ["DIPLOMATIC_COOPERATION USA MDA"],
    },
    {
      text: "National Day\n\nOn behalf of Japan, we extend our warm congratulations to the people of Estonia.",
      expected: ["DIPLOMATIC_COOPERATION JPN EST"],
    },
    // No one state named, or a lead that opens otherwise: "I" stays no one's.
    {
      text: "National Day\n\nOn behalf of my family, I congratulate the people of Moldova.",
      expected: [],
    },
    {
      text: "National Day\n\nThe mayor spoke on behalf of the city. I congratulate the people of Moldova, she said.",
      expected: [],
    },
  ])("$text", ({ text, expected }) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
