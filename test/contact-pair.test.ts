import { describe, expect, it } from "vitest";
import { codedText } from "./extract-text.js";

// What two states share in a readout ("bilateral trade", "trade between the two countries") with no
// party named for it is between the sides of the first contact coded (src/coding/discourse/contact-pair.ts).
// Each row lists every economic or military cooperation event the text must code, and no other.

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Lukashenko held talks with Tokayev in Minsk. Bilateral trade fell slightly last year.",
    expected: ["ECONOMIC_COOPERATION BLR KAZ asserted"],
  },
  {
    text: "Orban received Vucic in Budapest. He said trade between the two countries had doubled since 2015.",
    expected: ["ECONOMIC_COOPERATION HUN SRB asserted"],
  },
  {
    text: "Putin had a telephone conversation with Tokayev. They discussed the growth of mutual trade.",
    expected: ["ECONOMIC_COOPERATION RUS KAZ asserted"],
  },
  {
    text: "Erdogan met Aliyev in Baku. The two countries' trade rose by a third.",
    expected: ["ECONOMIC_COOPERATION TUR AZE asserted"],
  },
  // "The two countries" names its own pair, the first named acting.
  {
    text: "Kazakhstan and China share a long border. Trade between the two countries has doubled since 2010.",
    expected: ["ECONOMIC_COOPERATION KAZ CHN asserted"],
  },
  // "The sides", "the parties": the readout's name for the two sides of its contact.
  {
    text: "Erdogan held talks with Lukashenko in Ankara. The sides agreed to expand military-technical cooperation.",
    expected: ["MILITARY_COOPERATION TUR BLR planned"],
  },
  {
    text: "Orban had a telephone conversation with Erdogan. The parties discussed trade and economic cooperation.",
    expected: ["ECONOMIC_COOPERATION HUN TUR asserted"],
  },
  {
    text: "Erdogan held talks with Lukashenko in Ankara. The sides in the Syrian conflict need economic cooperation, he said.",
    expected: [],
  },
  {
    text: "Erdogan held talks with Lukashenko in Ankara. Military cooperation was discussed by NATO ministers.",
    expected: [],
  },
  // "The two leaders", "the heads of state", "both presidents": the readout's heads of the two sides.
  {
    text: "Aliyev held talks with Tokayev in Baku. The two leaders discussed energy cooperation.",
    expected: ["ECONOMIC_COOPERATION AZE KAZ asserted"],
  },
  {
    text: "Lukashenko met Xi Jinping in Beijing. The heads of state talked about investment cooperation.",
    expected: ["ECONOMIC_COOPERATION BLR CHN asserted"],
  },
  {
    text: "Erdogan had talks with Vucic. Both presidents welcomed the growth of military-technical cooperation.",
    expected: ["MILITARY_COOPERATION TUR SRB asserted"],
  },
  {
    text: "Orban met Fiala in Prague. The heads of state discussed energy cooperation between their two countries.",
    expected: ["ECONOMIC_COOPERATION HUN CZE asserted"],
  },
  {
    text: "Aliyev held talks with Tokayev in Baku. The two leaders of the opposition demanded energy cooperation with Iran.",
    expected: [],
  },
  {
    text: "Aliyev held talks with Tokayev in Baku. Other leaders discussed energy cooperation.",
    expected: [],
  },
  { text: "The sides agreed to expand military-technical cooperation.", expected: [] },
  // Other parties named: the pair of the contact is not the one trading.
  {
    text: "Putin met Orban in Moscow. Bilateral trade between the two companies grew by a fifth.",
    expected: [],
  },
  {
    text: "Putin met Orban in Moscow. Orban said bilateral trade between Serbia and Croatia was growing.",
    expected: ["ECONOMIC_COOPERATION SRB HRV asserted"],
  },
  // Nothing marks the trade as the pair's own.
  { text: "Putin met Orban in Moscow. World trade grew by three percent.", expected: [] },
  { text: "Putin met Orban in Moscow. Trade has grown this year, economists said.", expected: [] },
  // No contact before: nobody to trade.
  { text: "Bilateral trade grew by a fifth last year.", expected: [] },
  { text: "Trade between the two countries doubled.", expected: [] },
  // One side named for a shared thing ("joint exercises"): the other side of the contact shares it.
  {
    text: "Lukashenko met Tokayev in Astana. Belarus regularly holds joint drills, he said.",
    expected: ["MILITARY_COOPERATION BLR KAZ asserted"],
  },
  {
    text: "Aliyev met Erdogan in Baku. Azerbaijan also conducts joint military exercises, Aliyev recalled.",
    expected: ["MILITARY_COOPERATION AZE TUR asserted"],
  },
  {
    text: "Erdogan held talks with Aliyev in Ankara. We regularly conduct joint exercises.",
    expected: ["MILITARY_COOPERATION TUR AZE asserted"],
  },
  // A party outside the contact, or no contact: nothing to share with.
  { text: "Lukashenko met Tokayev in Astana. Hungary held joint drills last year.", expected: [] },
  {
    text: "Lukashenko met Tokayev in Astana. Belarus held joint drills with Russia.",
    expected: ["MILITARY_COOPERATION BLR RUS asserted"],
  },
  { text: "Belarus regularly holds joint drills.", expected: [] },
  // "They ..." opening a readout's sentence: the two sides.
  {
    text: "Blinken met Cavusoglu in Ankara. They reaffirmed deepening defense ties.",
    expected: ["MILITARY_COOPERATION USA TUR asserted"],
  },
  {
    text: "Blinken met Cavusoglu in Ankara. They reaffirmed deepening defense ties with Greece.",
    expected: [],
  },
  {
    text: "Blinken met Cavusoglu in Ankara. Analysts said they expect defense ties to deepen.",
    expected: [],
  },
  { text: "They reaffirmed deepening defense ties.", expected: [] },
  // "Our" in a speaker's own words at a meeting is the two sides': "our contacts", "between our
  // defence ministries"; in a reporter's words it marks nothing.
  {
    text: "Meeting with President of Turkey Recep Tayyip Erdogan\n\nVladimir Putin met with President of Turkey Recep Tayyip Erdogan.\n\nPresident of Russia Vladimir Putin: Mr President, we agreed to intensify our contacts through military departments.",
    expected: ["MILITARY_COOPERATION RUS TUR planned"],
  },
  {
    text: "Meeting with President of Turkey Recep Tayyip Erdogan\n\nVladimir Putin met with President of Turkey Recep Tayyip Erdogan.\n\nPresident of Russia Vladimir Putin: There is close cooperation between our defence ministries.",
    expected: ["MILITARY_COOPERATION RUS TUR asserted"],
  },
  {
    text: "Putin met Erdogan in Sochi. Analysts said cooperation between our defence ministries was a slogan.",
    expected: [],
  },
  // A field of arms in a speaker's own words at a meeting: the two sides' ("the progress in the
  // defence sphere", "shifts in the military-technical field"); said by no voice, nobody's.
  {
    text: "Meeting with President of Armenia Serzh Sargsyan\n\nVladimir Putin met with President of Armenia Serzh Sargsyan.\n\nPresident of Russia Vladimir Putin: I want to thank you for the progress in the defence sphere since our last meeting.",
    expected: ["MILITARY_COOPERATION RUS ARM asserted"],
  },
  {
    text: "Meeting with President of Uzbekistan Shavkat Mirziyoyev\n\nVladimir Putin met with President of Uzbekistan Shavkat Mirziyoyev.\n\nPresident of Russia Vladimir Putin: There is a lot of cooperation in agriculture, and serious shifts are taking place in the military-technical field.",
    expected: ["MILITARY_COOPERATION RUS UZB asserted"],
  },
  {
    text: "Meeting with President of Kazakhstan Kassym-Jomart Tokayev\n\nVladimir Putin met with President of Kazakhstan Kassym-Jomart Tokayev.\n\nPresident of Russia Vladimir Putin: We understand each other in the political, economic, military technology and humanitarian spheres.",
    expected: ["MILITARY_COOPERATION RUS KAZ asserted"],
  },
  {
    text: "Putin met Tokayev in Astana. Progress in the defence sphere has been slow, analysts said.",
    expected: [],
  },
];

describe("shared trade between the sides of a contact", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const coded = codedText(text).filter((e) => /^(?:ECONOMIC|MILITARY)_COOPERATION /.test(e));
    expect(coded).toEqual(expected);
  });
});
