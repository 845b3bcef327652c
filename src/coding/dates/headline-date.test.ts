import { describe, expect, test } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { codeDocument } from "../code-document.js";
import { loadLexicon } from "../lexicon/lexicon.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

function datesOf(text: string, published: string): string[] {
  const doc = annotate(text, published, kb);
  return codeDocument("t", doc, kb, lexicon).map((e) => `${e.type} ${e.actor} ${e.target} ${e.date}`);
}

// A headline event takes the time of the first lead sentence that names both its parties.
describe("a headline's event is dated by its lead", () => {
  test.each([
    {
      text: "Estonia expels Russian diplomat\n\nEstonian Foreign Minister Margus Tsahkna said today that a Russian diplomat had been asked to leave, the second such move since 2029.",
      expected: ["SANCTION EST RUS 2031-04-02"],
    },
    {
      text: "Estonia expels Russian diplomat\n\nThe decision was not unexpected. In March 2030 a Latvian court fined a Russian citizen, and on Monday Russia and Estonia exchanged notes.",
      expected: ["SANCTION EST RUS 2031-03-31"],
    },
    // The lead names only one party: its time is not the headline's, which is the publication day's news.
    {
      text: "Estonia expels Russian diplomat\n\nEstonian Foreign Minister Margus Tsahkna said on Monday that the decision was final.",
      expected: ["SANCTION EST RUS 2031-04-02"],
    },
    // A first sentence with a full stop is no headline.
    {
      text: "Estonia expelled a Russian diplomat.\n\nEstonian Foreign Minister Margus Tsahkna said today that a Russian diplomat had been asked to leave.",
      expected: ["SANCTION EST RUS null"],
    },
  ])("$text", ({ text, expected }) => {
    expect(datesOf(text, "2031-04-02")).toEqual(expected);
  });
});
