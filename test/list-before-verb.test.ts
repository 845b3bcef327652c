import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A list of states the sentence's verb follows is still one list when no comma stands before its
// last member: "the sanctions on Russia and Belarus hurt trade" (the verb is the whole phrase's).
// After a comma, a name followed by its verb opens a new clause.
const rows: readonly CodedRow[] = [
  {
    text: "The EU sanctions on Moldova and Georgia hurt their trade.",
    has: ["SANCTION EU MDA asserted", "SANCTION EU GEO asserted"],
    lacks: [],
  },
  {
    text: "The sanctions on Russia and Belarus hurt trade in 2023.",
    has: [],
    lacks: ["SANCTION BLR RUS asserted", "SANCTION RUS BLR asserted"],
  },
  {
    text: "Putin met the presidents of Armenia and Azerbaijan recently in Sochi.",
    has: ["DIPLOMATIC_COOPERATION RUS ARM asserted", "DIPLOMATIC_COOPERATION RUS AZE asserted"],
    lacks: [],
  },
  {
    text: "Brussels imposed sanctions on Minsk, and Vilnius expelled two diplomats.",
    has: ["SANCTION EU BLR asserted"],
    lacks: ["SANCTION EU LTU asserted"],
  },
];

describe("a list the verb follows without a comma is one list", () => itCodes(rows));
