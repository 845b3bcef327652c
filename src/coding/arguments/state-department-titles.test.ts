import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// The State Department names its officials by its own titles and bureaus: they are the United
// States even when the knowledge base does not know the person.
describe("State Department titles act for the United States", () => {
  it.each([
    [
      "Counselor of the Department Jane Roe will travel to Vilnius and Riga next month.",
      ["USA LTU", "USA LVA"],
    ],
    [
      "Assistant Secretary for European and Eurasian Affairs John Doe will lead a delegation to Chisinau on May 3.",
      ["USA MDA"],
    ],
    [
      "Deputy Secretary of State Jane Roe met Polish Foreign Minister Radoslaw Sikorski in Warsaw.",
      ["USA POL"],
    ],
    ["Under Secretary of State John Doe will visit Tbilisi and Yerevan.", ["USA ARM", "USA GEO"]],
    // "she" after a name the knowledge base does not know is that person, not one named before.
    [
      "Polish President Andrzej Duda visited Kyiv on Monday.\n\nCounselor Roe will then travel to Vilnius, where she will meet President Gitanas Nauseda.",
      ["POL UKR"],
    ],
    [
      "Polish President Andrzej Duda visited Kyiv on Monday.\n\nOn Tuesday he will travel to Vilnius.",
      ["POL LTU", "POL UKR"],
    ],
    // Negative rows: a counselor of another service, a bureau with no second state.
    ["The counselor of the department store met shoppers in Tallinn.", []],
    ["The Bureau of European and Eurasian Affairs published its annual report.", []],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
