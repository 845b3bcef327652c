import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

// A contact named in a phrase that opens the sentence belongs to the subject of the clause after
// it; an office "of" a state's institution stands for the state.
describe("fronted contacts and offices of institutions", () => {
  it.each([
    ["At a meeting with the Secretary General of NATO, Scholz said Germany would do more.", ["DEU NATO"]],
    ["During his talks with Erdogan in Ankara, Orban also stressed the need for a ceasefire.", ["HUN TUR"]],
    [
      "At a meeting with the Prime Minister of Moldova, Dorin Recean, the Romanian President pledged help.",
      ["ROU MDA"],
    ],
    ["Meeting with the Speaker of the Latvian Saeima, Macron said France stood by the Baltics.", ["FRA LVA"]],
    // Offices of a state's institutions after "with".
    ["Lukashenko met with the Chairman of the Kazakh Senate in Minsk.", ["BLR KAZ"]],
    ["Vucic met with the head of the Government of Hungary on Monday.", ["SRB HUN"]],
    // Negative rows: no party after the phrase, a party that does not act, no state met.
    ["At the meeting, Scholz said Germany would do more.", []],
    ["At a meeting with farmers, Macron said Ukraine would get more grain.", []],
    ["At a meeting with Erdogan in Ankara, journalists asked about the talks.", []],
    ["During the talks with Tokayev, a protest was held outside.", []],
    ["Scholz met with the heads of German companies in Berlin.", []],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
