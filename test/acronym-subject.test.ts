import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// A short parenthesis right after a name (its acronym: "the Republic of Korea (ROK)") does not cut
// the name off from its verb; a parenthesis after no name still ends the clause.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Canada and the Republic of Moldova (RM) are standing shoulder-to-shoulder in support of Georgia.",
    expected: ["DIPLOMATIC_COOPERATION CAN GEO asserted", "DIPLOMATIC_COOPERATION MDA GEO asserted"],
  },
  {
    text: "The United Kingdom (UK) expelled two Russian diplomats on Monday.",
    expected: ["SANCTION GBR RUS asserted"],
  },
  // The parenthesis follows no name: what is before it is no subject.
  { text: "After talks with Estonia, officials (three in all) expelled two journalists.", expected: [] },
];

describe("a name's acronym in parentheses", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
