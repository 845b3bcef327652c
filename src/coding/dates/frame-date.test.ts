import { describe, expect, test } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { codeDocument } from "../code-document.js";
import { loadLexicon } from "../lexicon/lexicon.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

function datesOf(text: string, published: string | null): string[] {
  const doc = annotate(text, published, kb);
  return codeDocument("t", doc, kb, lexicon).map((e) => `${e.type} ${e.actor} ${e.target} ${e.date}`);
}

// A sentence with no time of its own takes the story's: its paragraph's, or the paragraph before's.
describe("the time a sentence inherits from the story", () => {
  test.each([
    {
      text: "Poland summons envoy\n\nOn Monday, Britain expelled 23 Russian diplomats.\n\nGermany expelled four Russian diplomats.",
      published: "2031-03-12",
      expected: ["SANCTION GBR RUS 2031-03-10", "SANCTION DEU RUS 2031-03-10"],
    },
    // A time that modifies a noun is the noun's, not the story's.
    {
      text: "Poland summons envoy\n\nOn Monday, Britain expelled 23 Russian diplomats over the 2030 poisoning.\n\nGermany expelled four Russian diplomats.",
      published: "2031-03-12",
      expected: ["SANCTION GBR RUS 2031-03-10", "SANCTION DEU RUS 2031-03-10"],
    },
    // Two paragraphs back is another part of the story.
    {
      text: "Poland summons envoy\n\nOn Monday, Britain expelled 23 Russian diplomats.\n\nThe ministry gave no reason.\n\nGermany expelled four Russian diplomats.",
      published: "2031-03-12",
      expected: ["SANCTION GBR RUS 2031-03-10", "SANCTION DEU RUS null"],
    },
    // A heading is no paragraph of the story.
    {
      text: "Poland summons envoy\n\nOn Monday, Britain expelled 23 Russian diplomats.\n\nReactions\n\nGermany expelled four Russian diplomats.",
      published: "2031-03-12",
      expected: ["SANCTION GBR RUS 2031-03-10", "SANCTION DEU RUS 2031-03-10"],
    },
    // A time after publication frames no act stated without one.
    {
      text: "Serbia buys jets\n\nThe first jets are due to arrive in 2034.\n\nFrance sold twelve fighter jets to Serbia.",
      published: "2031-03-12",
      expected: ["ARMS_TRANSFER FRA SRB null"],
    },
    // With no publication date, "on Monday" is a time known to be unknown: nothing earlier stands in.
    {
      text: "Poland summons envoy\n\nIn 2030 Norway expelled a Russian diplomat. On Monday, Britain expelled 23 Russian diplomats.\n\nGermany expelled four Russian diplomats.",
      published: null,
      expected: ["SANCTION NOR RUS 2030", "SANCTION GBR RUS null", "SANCTION DEU RUS null"],
    },
  ])("$text", ({ text, published, expected }) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});
