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

const LEAD = "Russia had a telephone conversation with France.\n\nThe two sides discussed grain exports.\n\n";

// An undated event takes the time of a later sentence that restates it with both its parties.
describe("an undated event is dated by its restatement", () => {
  test.each([
    {
      text: LEAD + "On April 1, 2031, Russia and France had a telephone conversation on the harvest.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA 2031-04-01"],
    },
    {
      text: LEAD + "The telephone conversation between France and Russia took place on Wednesday.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA 2031-04-02"],
    },
    // Another, earlier conversation lends no date.
    {
      text: LEAD + "Russia and France last had a telephone conversation in March 2031.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA null"],
    },
    {
      text: LEAD + "Russia and France had a telephone conversation on January 12, 2031.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA null"],
    },
    // The later sentence names one party only.
    {
      text: LEAD + "On April 1, 2031, Russia had a telephone conversation with Chile.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA null"],
    },
    // A time that belongs to a noun dates that noun, not the restated act.
    {
      text: LEAD + "Russia and France mentioned today's telephone conversation in a statement.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA null"],
    },
    // No repetition of the act's words: no restatement.
    {
      text: LEAD + "On April 1, 2031, Russia and France agreed on the harvest.",
      expected: ["DIPLOMATIC_COOPERATION RUS FRA null"],
    },
  ])("$text", ({ text, expected }) => {
    expect(datesOf(text, "2031-04-02").filter((e) => e.includes(" RUS FRA "))).toEqual(expected);
  });
});
