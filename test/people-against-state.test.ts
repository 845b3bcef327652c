import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// Support of a people by a state that sanctions or condemns that people's state is no
// cooperation with the state; without such hostility it stays support of the state.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Canada imposed sanctions on Belarus on Monday. Canada stands with the people of Belarus.",
    expected: ["SANCTION CAN BLR asserted"],
  },
  {
    text: "London condemned Minsk for the arrests. Britain stands with the Belarusian people.",
    expected: ["CRITICISM GBR BLR asserted"],
  },
  {
    text: "Canada stands with the people of Ukraine.",
    expected: ["DIPLOMATIC_COOPERATION CAN UKR asserted"],
  },
  // Support of the state itself is kept beside a condemnation.
  {
    text: "Paris condemned Minsk for the arrests. Paris later welcomed Belarus's decision to free them.",
    expected: ["CRITICISM FRA BLR asserted", "DIPLOMATIC_COOPERATION FRA BLR asserted"],
  },
];

describe("support of a people against its state", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
