import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// A contact's subject that refers back to two states named together ("both countries", "the two
// nations") stands for both sides, the first named acting (src/coding/argument-filling.ts).
// Each row lists every diplomatic cooperation event the text must code, and no other.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Serbia and Hungary share a long border. Both countries held talks in Szeged on Monday.",
    expected: ["DIPLOMATIC_COOPERATION SRB HUN asserted"],
  },
  {
    text: "Estonia and Finland are close partners. The two nations met in Helsinki to review ferry safety.",
    expected: ["DIPLOMATIC_COOPERATION EST FIN asserted"],
  },
  // An object that names no party: no contact between the two.
  {
    text: "Serbia and Hungary share a long border. The two countries met the conditions for funding.",
    expected: [],
  },
  // Not a contact at all.
  {
    text: "Serbia and Hungary share a long border. Both countries condemned the attack on the convoy.",
    expected: [],
  },
  { text: "Both countries held talks in Szeged on Monday.", expected: [] },
];

describe("a description of two states as a contact's subject", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text).filter((e) => e.startsWith("DIPLOMATIC_COOPERATION "));
    expect(coded).toEqual(expected);
  });
});
