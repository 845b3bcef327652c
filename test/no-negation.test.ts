import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// "no" negates the act it stands in ("imposed no sanctions"), opens the object of ("will provide no
// weapons") or stands before in the verb chain ("has no plans to expel"); not in idioms that negate
// nothing ("no doubt", "no choice but", "spare no effort").

const rows: readonly { text: string; expected: readonly string[] }[] = [
  { text: "Washington has imposed no sanctions on Ankara so far.", expected: ["SANCTION USA TUR negated"] },
  { text: "Russia has no plans to expel the Polish diplomats.", expected: ["SANCTION RUS POL negated"] },
  { text: "Russia will provide no weapons to Armenia.", expected: ["ARMS_TRANSFER RUS ARM negated"] },
  { text: "Moscow had no intention of invading Ukraine.", expected: ["ARMED_CONFLICT RUS UKR negated"] },
  // Idioms: nothing negated.
  { text: "Germany has no doubt that Russia expelled the diplomats.", expected: [] },
  {
    text: "Poland imposed sanctions on Belarus no sooner than May.",
    expected: ["SANCTION POL BLR asserted"],
  },
  { text: "Berlin said there was no alternative but to expel the Russian diplomats.", expected: [] },
  // "spare no effort": the most, not nothing, is promised; "made no effort" still negates.
  {
    text: "Turkey will spare no effort to provide humanitarian aid to Syria.",
    expected: ["AID TUR SYR planned"],
  },
  {
    text: "Russia spared no effort to deliver humanitarian aid to Syria.",
    expected: ["AID RUS SYR asserted"],
  },
  {
    text: "Turkey will not spare any effort to provide assistance to Syria.",
    expected: ["AID TUR SYR planned"],
  },
  { text: "Turkey made no effort to provide assistance to Syria.", expected: ["AID TUR SYR negated"] },
];

describe("'no' as a negation cue", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
