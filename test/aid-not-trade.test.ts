import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// What is not aid: billions of cubic metres of gas or barrels of oil delivered are trade, and
// "steps" on humanitarian issues are no stepping up of aid.
const rows: readonly CodedRow[] = [
  {
    text: "Norway delivered 30 billion cubic metres of gas to Poland last year.",
    has: ["ECONOMIC_COOPERATION NOR POL asserted"],
    lacks: ["AID NOR POL asserted"],
  },
  {
    text: "Nigeria shipped 2 million barrels of oil to India in May.",
    has: [],
    lacks: ["AID NGA IND asserted"],
  },
  {
    text: "Norway delivered 30 million dollars in humanitarian aid to Poland.",
    has: ["AID NOR POL asserted"],
    lacks: [],
  },
  {
    text: "Chile and Peru agreed on joint steps on the humanitarian situation in Bolivia.",
    has: [],
    lacks: ["AID CHL PER asserted", "AID PER CHL asserted", "AID CHL BOL asserted"],
  },
  {
    text: "Japan stepped up its humanitarian aid to Turkey after the earthquake.",
    has: ["AID JPN TUR asserted"],
    lacks: [],
  },
];

describe("gas by the cubic metre and steps on humanitarian issues are not aid", () => itCodes(rows));
