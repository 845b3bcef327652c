import { describe, expect, it } from "vitest";
import { codedText, type CodedRow } from "./extract-text.js";

// A readout's sentence opened by its contact's sides ("The two condemned ...", "Both reaffirmed
// ...", "Participants discussed ...") has each side of the contact act, never on itself
// (src/coding/discourse/contact-sides.ts; triggers with implicitActor: contact-sides).
const call = (partners: string, sentence: string): string =>
  `Secretary Blinken's Call with ${partners}\n\nSecretary of State Antony J. Blinken spoke today with ${partners}. ${sentence}`;

const rows: readonly (CodedRow & { name: string })[] = [
  {
    name: "'The two' condemn a third state",
    text: call(
      "Romanian Foreign Minister Bogdan Aurescu",
      "The two condemned Russia's attacks on civilians in Odesa.",
    ),
    has: ["CRITICISM USA RUS asserted", "CRITICISM ROU RUS asserted"],
    lacks: [],
  },
  {
    name: "'Both' reaffirm support for a third state",
    text: call(
      "Polish Foreign Minister Zbigniew Rau",
      "Both reaffirmed their steadfast support for Moldova.",
    ),
    has: ["DIPLOMATIC_COOPERATION POL MDA asserted"],
    lacks: [],
  },
  {
    name: "'Participants' of a call with several counterparts urge a state",
    text: call(
      "French Foreign Minister Jean-Yves Le Drian and German Foreign Minister Annalena Baerbock",
      "Participants discussed their efforts to urge Russia to de-escalate.",
    ),
    has: ["CRITICISM USA RUS asserted", "CRITICISM FRA RUS asserted", "CRITICISM DEU RUS asserted"],
    lacks: [],
  },
  {
    name: "'The two leaders' voice concern over a third state's actions",
    text: call(
      "Lithuanian Foreign Minister Gabrielius Landsbergis",
      "The two leaders expressed concern over the Belarusian border guards' actions.",
    ),
    has: ["CRITICISM LTU BLR asserted"],
    lacks: [],
  },
  {
    name: "a side is never its own target",
    text: call("Ukrainian Foreign Minister Dmytro Kuleba", "Both reaffirmed their support for Ukraine."),
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION UKR UKR asserted"],
  },
  {
    name: "'they' with no contact reported before acts for no one",
    text: "Protests in Tbilisi\n\nThousands marched on Sunday. They condemned Russia's occupation of Abkhazia.",
    has: [],
    lacks: ["CRITICISM GEO RUS asserted"],
  },
  {
    name: "the sides as possessors do not act",
    text: call(
      "Romanian Foreign Minister Bogdan Aurescu",
      "Both sides' officials condemned Russia's attacks on civilians.",
    ),
    has: [],
    lacks: ["CRITICISM ROU RUS asserted"],
  },
];

describe("a readout's sentence opened by its contact's sides", () => {
  for (const row of rows)
    it(row.name, () => {
      const events = codedText(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});

// A readout headed by its leader's contact ("Telephone conversation with ...") speaks its agentless
// passives in that leader's voice (implicitActor: readout-voice): "It was noted that ..." criticises
// the state it lays misconduct on; with any other headline no one speaks them.
const readout = (sentence: string): string =>
  `Telephone conversation with President of France Emmanuel Macron\n\nVladimir Putin had a telephone conversation with President of France Emmanuel Macron. ${sentence}`;

const voiceRows: readonly (CodedRow & { name: string })[] = [
  {
    name: "'It was emphasised that' a state refuses to keep agreements",
    text: readout(
      "It was emphasised once again that Tbilisi continues to refuse to implement the agreements.",
    ),
    has: ["CRITICISM RUS GEO asserted"],
    lacks: [],
  },
  {
    name: "'It was noted that' a state violates its obligations",
    text: readout("It was noted that Warsaw is violating its obligations to refugees."),
    has: ["CRITICISM RUS POL asserted"],
    lacks: [],
  },
  {
    name: "'The fact that' states violate their obligations, a long clause later 'was noted'",
    text: readout(
      "The fact that Poland and Lithuania are violating their international obligations to protect the rights of refugees and that the crisis needs to be overcome in accordance with humanitarian law was noted.",
    ),
    has: ["CRITICISM RUS POL asserted", "CRITICISM RUS LTU asserted"],
    lacks: [],
  },
  {
    name: "'the fact that' in a news report's long clause is no one's",
    text: "Border tensions rise\n\nThe fact that Minsk is violating the border agreement signed with Vilnius in the spring of last year after long talks was noted by reporters.",
    has: [],
    lacks: ["CRITICISM LTU BLR asserted"],
  },
  {
    name: "'Attention was drawn to' weapons a state sends",
    text: readout("Attention was drawn to the weapons being sent to the region by Azerbaijan."),
    has: ["CRITICISM RUS AZE asserted"],
    lacks: [],
  },
  {
    name: "a hostile act 'by' a state's forces 'was raised'",
    text: readout(
      "The use of water cannon, tear gas, stun grenades and other riot control means by Lithuanian security forces was raised.",
    ),
    has: ["CRITICISM RUS LTU asserted"],
    lacks: [],
  },
  {
    name: "an act done 'in violation of' the law 'by' a state",
    text: readout(
      "The switch was made because, in violation of international law, the foreign exchange reserves of the Bank of Russia were frozen by the Polish authorities.",
    ),
    has: ["CRITICISM RUS POL asserted"],
    lacks: [],
  },
  {
    name: "an act 'in violation of' the law in a news report is no one's",
    text: "Border tensions rise\n\nIn violation of the border agreement, the crossing was closed by Minsk on Monday.",
    has: [],
    lacks: ["CRITICISM LTU BLR asserted"],
  },
  {
    name: "'It was emphasised that' an act by a state poses a threat",
    text: readout(
      "It was emphasised that all this is happening amid the active military exploration of Moldova's territory by NATO, something that poses a direct threat to Russia's security.",
    ),
    has: ["CRITICISM RUS NATO asserted"],
    lacks: [],
  },
  {
    name: "a threat 'in' a state that no one is said to pose",
    text: readout("It was stressed that the situation in Afghanistan poses a threat to the whole region."),
    has: [],
    lacks: ["CRITICISM RUS AFG asserted"],
  },
  {
    name: "a news report's agentless passive is no one's",
    text: "Border tensions rise\n\nOfficials met in Vilnius on Monday. It was noted that Minsk is violating the border agreement.",
    has: [],
    lacks: ["CRITICISM LTU BLR asserted"],
  },
  {
    name: "a passive with nothing laid at a state's door",
    text: readout("It was noted that bilateral trade grew by a fifth last year."),
    has: [],
    lacks: ["CRITICISM RUS FRA asserted"],
  },
];

describe("a readout's agentless passive in its leader's voice", () => {
  for (const row of voiceRows)
    it(row.name, () => {
      const events = codedText(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});
