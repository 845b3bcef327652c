import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Energy supplies named as such ("Norwegian energy supplies to Lithuania") and transit agreements
// ("a transit agreement with Georgia") are economic cooperation like gas supplies and gas deals.
const rows: readonly CodedRow[] = [
  {
    text: "Officials praised Norwegian energy supplies to Lithuania.",
    has: ["ECONOMIC_COOPERATION NOR LTU asserted"],
    lacks: [],
  },
  {
    text: "Kazakhstan and Azerbaijan signed a transit agreement in Baku.",
    has: ["ECONOMIC_COOPERATION KAZ AZE asserted"],
    lacks: [],
  },
  {
    text: "Energy supplies to Lithuania were discussed.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION LTU LTU asserted"],
  },
];

describe("energy supplies and transit agreements", () => itCodes(rows));
