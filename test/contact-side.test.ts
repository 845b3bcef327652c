import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Condolences, thanks or greetings that name no one they are addressed to go, in a readout, to the
// other side of the contact it reports (src/coding/discourse/contact-pair.ts `contactSide`); those
// named together as the ones speaking do not address each other.
const rows: readonly CodedRow[] = [
  {
    text:
      "Erdogan had a telephone conversation with Chancellor Olaf Scholz and President Emmanuel Macron. " +
      "Olaf Scholz and Emmanuel Macron expressed their deep condolences over the earthquake in eastern Turkey.",
    has: ["DIPLOMATIC_COOPERATION DEU TUR asserted", "DIPLOMATIC_COOPERATION FRA TUR asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU FRA asserted"],
  },
  {
    text:
      "Erdogan held talks with Orban in Ankara. " +
      "The President of Hungary expressed gratitude for the warm welcome.",
    has: ["DIPLOMATIC_COOPERATION HUN TUR asserted"],
    lacks: [],
  },
  // Said to someone named: to them.
  {
    text:
      "Erdogan had a telephone conversation with Orban. " +
      "Orban conveyed his condolences to the people of Greece over the floods.",
    has: ["DIPLOMATIC_COOPERATION HUN GRC asserted"],
    lacks: ["DIPLOMATIC_COOPERATION HUN TUR asserted"],
  },
  // Those speaking are no side of the contact, or no contact was reported: nobody addressed.
  {
    text:
      "Erdogan had a telephone conversation with Orban. " +
      "The Polish President expressed his condolences over the floods.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION POL TUR asserted", "DIPLOMATIC_COOPERATION POL HUN asserted"],
  },
  {
    text: "Scholz and Macron expressed their condolences over the floods.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION DEU FRA asserted"],
  },
  // Disappointment voiced with no one named is the other side's doing (triggers.yaml
  // criticism-disappointment); those voicing it together are not each other's target.
  {
    text:
      "Vladimir Putin had telephone conversations with President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz. " +
      "The President of France and the Federal Chancellor of Germany expressed disappointment over the developments.",
    has: ["CRITICISM FRA RUS asserted", "CRITICISM DEU RUS asserted"],
    lacks: ["CRITICISM FRA DEU asserted"],
  },
  {
    text: "Scholz and Macron expressed disappointment over the developments.",
    has: [],
    lacks: ["CRITICISM DEU FRA asserted"],
  },
];

describe("words addressed to the other side of a readout's contact", () => itCodes(rows));
