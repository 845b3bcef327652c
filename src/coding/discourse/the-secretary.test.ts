import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// "The Secretary" alone in a readout is the Secretary of State named before in the text.
describe("the Secretary", () => {
  it.each([
    [
      "Secretary of State Antony Blinken spoke with Polish Foreign Minister Radoslaw Sikorski. The Secretary also met with Lithuanian officials.",
      ["USA LTU", "USA POL"],
    ],
    [
      "Antony Blinken arrived in Tallinn on Monday.\n\nThe Secretary held talks with the Estonian Foreign Minister on energy.",
      ["USA EST"],
    ],
    // Negative rows: no Secretary of State named before; another secretary.
    ["The Secretary also met with Lithuanian officials.", []],
    [
      "Secretary of State Antony Blinken spoke with Polish Foreign Minister Radoslaw Sikorski. The Secretary of the Council met with Lithuanian officials.",
      ["USA POL"],
    ],
    [
      "Polish Foreign Minister Radoslaw Sikorski visited Vilnius. The Secretary then met with Latvian officials.",
      ["POL LTU"],
    ],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
