import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// "X followed suit" repeats the last act coded before its sentence with X as the actor.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Latvia banned entry to Russian tourists on Monday. On Friday Finland followed suit.",
    expected: ["SANCTION LVA RUS asserted", "SANCTION FIN RUS asserted"],
  },
  {
    text: "Estonia expelled two Russian diplomats. Latvia and Lithuania quickly followed suit.",
    expected: ["SANCTION EST RUS asserted", "SANCTION LVA RUS asserted", "SANCTION LTU RUS asserted"],
  },
  {
    text: "Poland closed its border to Russian citizens. Norway has not followed suit.",
    expected: ["SANCTION POL RUS asserted", "SANCTION NOR RUS negated"],
  },
  {
    text: "Germany sent tanks to Ukraine on Tuesday. Washington is expected to follow suit.",
    expected: ["ARMS_TRANSFER DEU UKR asserted", "ARMS_TRANSFER USA UKR planned"],
  },
  // Asked for, not done.
  {
    text: "Washington sanctioned Dodik on Wednesday. Sarajevo urged the European Union to follow suit.",
    expected: ["SANCTION USA BIH asserted"],
  },
  // Nothing coded before: nothing to repeat.
  { text: "Finland followed suit on Friday.", expected: [] },
  // The followed act is repeated, not invented for the state acted upon.
  {
    text: "Britain expelled Russian diplomats. Russia followed suit.",
    expected: ["SANCTION GBR RUS asserted"],
  },
];

describe("follow suit", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
