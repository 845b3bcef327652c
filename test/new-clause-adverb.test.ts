import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// After ", and" a name followed by its verb opens a new clause, also with adverbs between
// ("Georgia, and Poland strongly supports ..."): it is not one more target of the first clause.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Russia attacked Georgia, and Ukraine strongly condemned it.",
    expected: ["ARMED_CONFLICT RUS GEO asserted"],
  },
  {
    text: "Moscow expelled two Estonian diplomats, and Latvia firmly backs Estonia.",
    expected: ["SANCTION RUS EST asserted", "DIPLOMATIC_COOPERATION LVA EST asserted"],
  },
  // A list with no verb after its last name stays one list.
  {
    text: "Moscow expelled diplomats of Estonia, Latvia, and Lithuania on Friday.",
    expected: ["SANCTION RUS EST asserted", "SANCTION RUS LVA asserted", "SANCTION RUS LTU asserted"],
  },
];

describe("a name and its verb after ', and' open a new clause", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
