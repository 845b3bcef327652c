import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// One state's investment in another's economy, stated as a sum or its change, is economic
// cooperation of the investor with the host; an investment named without a sum is not coded.
const rows: readonly CodedRow[] = [
  {
    text: "Japanese investments in Vietnam exceeded 60 billion dollars last year.",
    has: ["ECONOMIC_COOPERATION JPN VNM asserted"],
    lacks: [],
  },
  {
    text: "Spain's investment into the Polish economy has doubled since 2020.",
    has: ["ECONOMIC_COOPERATION ESP POL asserted"],
    lacks: [],
  },
  {
    text: "The law hurts a plant that is one of the largest Japanese investments in Vietnam.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION JPN VNM asserted"],
  },
  {
    text: "Foreign investment in the Vietnamese economy reached 20 billion dollars.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION VNM VNM asserted"],
  },
];

describe("a state's investment in another's economy", () => itCodes(rows));
