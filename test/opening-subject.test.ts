import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// "He" and "she" opening a sentence speak of the person the sentence before opened with as its
// subject, not of a person named later in it (src/coding/arguments/opening-subject.ts).

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "The President of Kazakhstan updated Vladimir Putin on the situation. He thanked Russia for its support.",
    expected: ["DIPLOMATIC_COOPERATION KAZ RUS asserted"],
  },
  {
    text: "Hungarian Prime Minister Viktor Orban briefed the Serbian President on the talks. He condemned the sanctions against Russia.",
    expected: ["CRITICISM HUN RUS asserted"],
  },
  // With an apposition after the opening name.
  {
    text: "Alexander Lukashenko, who arrived on Monday, told Vladimir Putin about the border. He accused Poland of provocations.",
    expected: ["CRITICISM BLR POL asserted"],
  },
  // A sentence opened by no person: the last person named.
  {
    text: "On Monday the talks with Vladimir Putin lasted three hours. He accused Poland of provocations.",
    expected: ["CRITICISM RUS POL asserted"],
  },
  // A person opening a phrase, not the subject ("Putin's spokesman"): the last person named.
  {
    text: "After meeting Viktor Orban, the delegation left for Rome to see Giorgia Meloni. She condemned the sanctions against Russia.",
    expected: ["CRITICISM ITA RUS asserted"],
  },
];

describe("a pronoun opening a sentence takes the subject before it", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
