import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// A state's noun of intent carries its infinitive: "Seoul's decision to impose sanctions" is Seoul
// imposing them (also a verb coordinated with the infinitive); and whose announcement, adoption or
// imposition "of" an act it is performs the act. A state possessing a decision is still no subject
// of the clause's own verb ("Finland's decision would threaten Russia").

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Tokyo's decision to impose sanctions on Belarus drew praise.",
    expected: ["SANCTION JPN BLR asserted"],
  },
  {
    text: "Canada's commitment to freeze Russian assets and impose sanctions on Minsk was welcomed.",
    // A commitment to act is a pledge: planned (test/modality-cues.test.ts).
    expected: ["SANCTION CAN RUS planned", "SANCTION CAN BLR planned"],
  },
  {
    text: "Latvia's willingness to send howitzers to Ukraine surprised observers.",
    expected: ["ARMS_TRANSFER LVA UKR planned"],
  },
  {
    text: "Ottawa's adoption of new sanctions against Russian banks was criticised by Moscow.",
    expected: ["SANCTION CAN RUS asserted", "CRITICISM RUS CAN asserted"],
  },
  {
    text: "Australia's announcement of sanctions against Iran came on Friday.",
    expected: ["SANCTION AUS IRN asserted"],
  },
  // The decision is the subject of "would threaten", not Finland.
  { text: "Finland's decision would threaten Russia.", expected: [] },
  // The infinitive is not the trigger's: the trigger has its own subject.
  {
    text: "Germany's plan to help while Poland sends tanks to Ukraine.",
    expected: ["ARMS_TRANSFER POL UKR asserted"],
  },
  // A comma ends the coordination with the infinitive: the sanctions are Italy's own.
  {
    text: "Greece's decision to wait, and Italy's sanctions on Syria, were discussed.",
    expected: ["SANCTION ITA SYR asserted"],
  },
];

describe("a state's decision to act, a state's announcement of an act", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
