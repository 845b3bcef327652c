import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// A preposition's party may be unnamed partners followed by the ones they include: "with our
// partners, including the EU" -> EU; with no state in the list, no party. Adjectives that share
// one head are listed ("Lithuanian and Greek officials"), also after a name.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Paris is coordinating with its allies, including Germany and Poland.",
    expected: ["DIPLOMATIC_COOPERATION FRA DEU asserted", "DIPLOMATIC_COOPERATION FRA POL asserted"],
  },
  {
    text: "Washington is closely coordinating its response with its partners, including the United Kingdom.",
    expected: ["DIPLOMATIC_COOPERATION USA GBR asserted"],
  },
  {
    text: "Moscow delivered fighter jets to its allies, including Belarus.",
    expected: ["ARMS_TRANSFER RUS BLR asserted"],
  },
  {
    text: "Washington is coordinating with its partners, including the EU and Latvian and Greek officials.",
    expected: [
      "DIPLOMATIC_COOPERATION USA EU asserted",
      "DIPLOMATIC_COOPERATION USA LVA asserted",
      "DIPLOMATIC_COOPERATION USA GRC asserted",
    ],
  },
  {
    text: "Minsk expelled Polish and Lithuanian diplomats on Friday.",
    expected: ["SANCTION BLR POL asserted", "SANCTION BLR LTU asserted"],
  },
  // A name and one state's officials are not one list.
  {
    text: "Berlin met with Poland and French officials.",
    expected: ["DIPLOMATIC_COOPERATION DEU POL asserted"],
  },
  { text: "Berlin spoke with its partners, including ministers from the region.", expected: [] },
  { text: "Tokyo will coordinate with its partners, including on energy.", expected: [] },
];

describe("partners, including", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
