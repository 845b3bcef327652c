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
