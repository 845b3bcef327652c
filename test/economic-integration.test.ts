import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A customs union, common economic space or free trade zone that states form between them is
// economic cooperation, the first named acting on each of the others.
const rows: readonly CodedRow[] = [
  {
    text: "The presidents attended a meeting of the Customs Union between Armenia, Georgia and Azerbaijan.",
    has: ["ECONOMIC_COOPERATION ARM GEO asserted", "ECONOMIC_COOPERATION ARM AZE asserted"],
    lacks: [],
  },
  {
    text: "Ministers reviewed progress on the single economic space between Chile and Peru.",
    has: ["ECONOMIC_COOPERATION CHL PER asserted"],
    lacks: [],
  },
  {
    text: "Serbia will sign a free trade zone agreement with Kazakhstan next month.",
    has: ["ECONOMIC_COOPERATION SRB KAZ planned"],
    lacks: [],
  },
  {
    text: "Economists say a common economic space would take decades to build.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION CHL PER asserted"],
  },
  {
    text: "Peruvian police patrolled the free zone near the port.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION PER PER asserted"],
  },
];

describe("a customs union, common economic space or free trade zone", () => itCodes(rows));
