import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// "The Secretary" alone in a readout is the Secretary of State named before in the text; "the Deputy
// Secretary", "the Under Secretary", "the Assistant Secretary" the last United States official.
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
    // "The Deputy Secretary", "the Under Secretary": the last United States official named before.
    [
      "Under Secretary of State Victoria Nuland met Georgian Prime Minister Irakli Garibashvili. The Under Secretary then met with Armenian officials.",
      ["USA ARM", "USA GEO"],
    ],
    [
      "Deputy Secretary of State Wendy Sherman met with Polish Foreign Minister Zbigniew Rau.\n\nIn Vilnius, the Deputy Secretary will meet with Lithuanian officials.",
      ["USA LTU", "USA POL"],
    ],
    ["Deputy Secretary Sherman will travel to Vilnius and Riga next week.", ["USA LTU", "USA LVA"]],
    [
      "Under Secretary of State Victoria Nuland visited Kyiv. The Principal Deputy Assistant Secretary met with Moldovan officials in Chisinau.",
      ["USA MDA", "USA UKR"],
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
    // No United States official named before; a deputy secretary of another body.
    ["The Deputy Secretary also met with Lithuanian officials.", []],
    [
      "Polish Foreign Minister Radoslaw Sikorski visited Vilnius. The Under Secretary then met with Latvian officials.",
      ["POL LTU"],
    ],
    [
      "Under Secretary of State Victoria Nuland met Georgian Prime Minister Irakli Garibashvili. The Deputy Secretary of the Council met with Armenian officials.",
      ["USA GEO"],
    ],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
