import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

describe("a headline naming only the partner", () => {
  it.each([
    [
      "Telephone conversation with President of Finland Alexander Stubb\n\nPresident Emmanuel Macron and Alexander Stubb discussed Arctic security. Macron also asked about the Finnish elections. Macron thanked his guest.",
      ["FRA FIN"],
    ],
    [
      "Talks with Prime Minister of India Narendra Modi\n\nChancellor Olaf Scholz spoke of trade. Scholz said exports would grow.",
      ["DEU IND"],
    ],
    [
      "Meeting with Prime Minister of Serbia Aleksandar Vucic\n\nPresident Xi Jinping praised the friendship. Xi recalled his visit to Belgrade. Xi said more.",
      ["CHN SRB"],
    ],
    // A short readout names its own leader once, and no other state's people.
    [
      "Telephone conversation with President of Moldova Maia Sandu\n\nDuring the conversation, Klaus Iohannis and Maia Sandu exchanged greetings ahead of the holidays.",
      ["ROU MDA"],
    ],
    // Two other states' people named once each: none leads.
    [
      "Meeting with President of Moldova Maia Sandu\n\nKlaus Iohannis and Emmanuel Macron were also present at the dinner.",
      [],
    ],
    ["Telephone conversation with President of Moldova Maia Sandu\n\nMaia Sandu spoke of the harvest.", []],
    // No state's people lead the text: nobody is known to act.
    ["Meeting with President of Belarus Alexander Lukashenko\n\nThe two sides discussed trade.", []],
    // Only the headline: in the body an actorless meeting is background.
    [
      "Scholz in Delhi\n\nChancellor Olaf Scholz spoke of trade. Meeting with Narendra Modi was postponed. Scholz left.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
