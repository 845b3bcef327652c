import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "Military-technical cooperation" names what two states share in arms, production and training:
// in a readout or transcript that names no party for it, it is between the sides of the contact
// the document reports ("our military-technical cooperation" in a transcript of two, too).
const meeting =
  "Meeting with President of Chile Gabriel Boric\n\nThe President of Peru held talks with President of Chile Gabriel Boric.\n\n";
const rows: readonly CodedRow[] = [
  {
    text: `${meeting}The leaders noted progress in military-technical cooperation.`,
    has: ["MILITARY_COOPERATION PER CHL asserted"],
    lacks: [],
  },
  {
    text: `${meeting}The talks also touched upon military technical cooperation, which is developing well.`,
    has: ["MILITARY_COOPERATION PER CHL asserted"],
    lacks: [],
  },
  {
    text: `${meeting}President of Peru Dina Boluarte: Our military-technical cooperation is developing.\n\nPresident of Chile Gabriel Boric: Thank you.`,
    has: ["MILITARY_COOPERATION PER CHL asserted"],
    lacks: [],
  },
  {
    text: `${meeting}Peru also wants military-technical cooperation with Brazil.`,
    has: [],
    lacks: ["MILITARY_COOPERATION PER CHL asserted"],
  },
  {
    text: `${meeting}The leaders noted progress in technical cooperation.`,
    has: [],
    lacks: ["MILITARY_COOPERATION PER CHL asserted"],
  },
  {
    text: "The leaders noted progress in military-technical cooperation.",
    has: [],
    lacks: ["MILITARY_COOPERATION PER CHL asserted"],
  },
  // The two sides named after "between" act on each other, whoever praises their cooperation.
  {
    text: "President Boric praised the military-technical cooperation between Peru and Bolivia.",
    has: ["MILITARY_COOPERATION PER BOL asserted"],
    lacks: ["MILITARY_COOPERATION CHL PER asserted"],
  },
];

describe("military-technical cooperation is the two sides' own", () => itCodes(rows));
