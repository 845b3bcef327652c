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
    // The headline's time frames the story where no nearer time does.
    {
      text: "On March 14, Polish President to host Baltic leaders\n\nMarch 12, 2031\n\nThe meeting will take place at the Presidential Palace.\n\nThe Polish President will hold talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION POL EST 2031-03-14"],
    },
    {
      text: "In May, a cold spring in Vilnius\n\nVilnius, 2031\n\nThe ministry gave no reason.\n\nLithuania expelled three Russian diplomats.",
      published: "2031-06-02",
      expected: ["SANCTION LTU RUS 2031-05"],
    },
    // Not a time after publication for an act told as done, nor a time that modifies a noun.
    {
      text: "Tallinn to host summit on June 20\n\nThe ministry gave no reason.\n\nThe talks were held.\n\nEstonia expelled a Russian diplomat.",
      published: "2031-06-02",
      expected: ["SANCTION EST RUS null"],
    },
    {
      text: "After the 2030 elections, Riga reviews its ties\n\nThe ministry gave no reason.\n\nThe talks were held.\n\nLatvia expelled a Russian diplomat.",
      published: "2031-06-02",
      expected: ["SANCTION LVA RUS null"],
    },
  ])("$text", ({ text, published, expected }) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});

// The lead, the story's first sentence after its headline (and a dateline), tells the article's
// news: an act its verb tells with no time of its own is of the dateline's day, else of the
// publication day. Not a later sentence, an act named by a noun, a habit or a plan.
describe("the lead's act is of the publication day", () => {
  test.each([
    {
      text: "Talks in Riga\n\nMarch 12, 2031\n\nThe Latvian President held talks with the President of Estonia.\n\nThe Polish President met the Lithuanian Prime Minister.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST 2031-03-12", "DIPLOMATIC_COOPERATION POL LTU null"],
    },
    {
      text: "Talks in Riga\n\nThe Latvian President held talks with the President of Estonia in 2029.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST 2029"],
    },
    {
      text: "Talks in Riga\n\nMarch 10, 2031\n\nThe Latvian President held talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST 2031-03-10"],
    },
    {
      text: "Talks in Riga\n\nThe Latvian President held talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST 2031-03-12"],
    },
    {
      text: "Talks in Riga\n\nThe Latvian President regularly holds talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST null"],
    },
    {
      text: "Talks in Riga\n\nThe Latvian President is expected to hold talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST null"],
    },
    // No headline: no lead to tell.
    {
      text: "The Latvian President held talks with the President of Estonia.",
      published: "2031-03-12",
      expected: ["DIPLOMATIC_COOPERATION LVA EST null"],
    },
  ])("$text", ({ text, published, expected }) => {
    expect(datesOf(text, published)).toEqual(expected);
  });
});
