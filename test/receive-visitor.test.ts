import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A host receiving a visitor is a contact with the visitor's state ("Putin received the Prime
// Minister of Bulgaria", "the Finnish President was received by Putin"). The arms trigger over the
// same verb ("Ukraine received HIMARS launchers") needs an arms word in its clause; where it has none
// it hides no other reading of "received". Only a person or an office holder is received as a
// guest, and states named together that receive no person do not meet each other.
const rows: readonly CodedRow[] = [
  {
    text: "Vladimir Putin received the Prime Minister of Bulgaria in the Kremlin.",
    has: ["DIPLOMATIC_COOPERATION RUS BGR asserted"],
    lacks: [],
  },
  {
    text: "Erdogan received Hungarian Prime Minister Viktor Orban in Ankara on Monday.",
    has: ["DIPLOMATIC_COOPERATION TUR HUN asserted"],
    lacks: [],
  },
  {
    text: "The President of Finland was received by Putin in the Kremlin.",
    has: ["DIPLOMATIC_COOPERATION RUS FIN asserted"],
    lacks: [],
  },
  {
    text: "Xi Jinping will receive the Kazakh President next week.",
    has: ["DIPLOMATIC_COOPERATION CHN KAZ planned"],
    lacks: [],
  },
  {
    text: "Putin and Lukashenko received the Prime Minister of Hungary in Minsk.",
    has: ["DIPLOMATIC_COOPERATION RUS HUN asserted"],
    lacks: ["DIPLOMATIC_COOPERATION RUS BLR asserted"],
  },
  {
    text: "Ukraine received the first HIMARS launchers from the United States in June.",
    has: ["ARMS_TRANSFER USA UKR asserted"],
    lacks: ["DIPLOMATIC_COOPERATION UKR USA asserted"],
  },
  {
    text: "Serbia received Chinese investment worth two billion euros last year.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION SRB CHN asserted"],
  },
  {
    text: "Iran received Iraqi and Kuwaiti refugees during the war.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION IRN IRQ asserted", "DIPLOMATIC_COOPERATION IRN KWT asserted"],
  },
  {
    text: "Putin received a letter from the European Commission on Monday.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION RUS EU asserted"],
  },
  {
    text: "Serbia and Hungary received Chinese investment last year.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION SRB HUN asserted"],
  },
  {
    text: "Latvia and Estonia received a letter from the festival organisers.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LVA EST asserted"],
  },
];

describe("a host receiving a visitor meets the visitor", () => itCodes(rows));
