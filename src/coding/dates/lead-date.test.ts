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

// The lead, the story's first sentence after its headline (and a dateline), tells the article's
// news: with no time of its own, its act is of the publication day. A later sentence is not the lead.
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
