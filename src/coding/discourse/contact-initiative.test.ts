import { describe, expect, it } from "vitest";
import { contacts } from "../test-contacts.js";

describe("the initiator of a contact acts", () => {
  it.each([
    [
      "At Japan's initiative, Indian Prime Minister Narendra Modi had a telephone conversation with Japanese Prime Minister Fumio Kishida.",
      ["IND JPN", "JPN IND"],
    ],
    [
      "Emmanuel Macron spoke by phone with Olaf Scholz at the initiative of the German side.",
      ["DEU FRA", "FRA DEU"],
    ],
    [
      "Olaf Scholz held talks with Recep Tayyip Erdogan at the Turkish side’s initiative.",
      ["DEU TUR", "TUR DEU"],
    ],
    [
      "Keir Starmer had a long conversation with Joe Biden during a call initiated by the United States.",
      ["GBR USA", "USA GBR"],
    ],
    // The initiator already acts: nothing to add.
    [
      "Xi Jinping had a telephone conversation with Kazakh President Kassym-Jomart Tokayev at the initiative of the Chinese side.",
      ["CHN KAZ"],
    ],
    // A sentence about the contact itself refers to the last one coded.
    [
      "Emmanuel Macron had a telephone conversation with Spanish Prime Minister Pedro Sanchez. The conversation was held on the initiative of the Spanish side.",
      ["ESP FRA", "FRA ESP"],
    ],
    // An initiative that is a proposal, not the contact's origin: the welcome only.
    ["Macron met Scholz. France welcomed Poland's initiative on grain corridors.", ["FRA DEU", "FRA POL"]],
  ])("%s", (text, expected) => {
    expect(contacts(text)).toEqual(expected);
  });
});
