import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Measures or steps whose infinitive builds something up are no sanctions: "we agreed that our
// governments will work on specific measures to bolster mutual trade flows". Measures against a
// state to raise the cost of its war still are.
const rows: readonly CodedRow[] = [
  {
    text: "Russia will introduce measures to boost Turkey's exports.",
    has: [],
    lacks: ["SANCTION RUS TUR planned"],
  },
  {
    text: "Serbia adopted measures to promote Hungarian investment.",
    has: [],
    lacks: ["SANCTION SRB HUN asserted"],
  },
  {
    text: "Japan adopted measures against Russia to increase the cost of the war.",
    has: ["SANCTION JPN RUS asserted"],
    lacks: [],
  },
  {
    text: "Canada adopted new measures to weaken Russia's war machine.",
    has: ["SANCTION CAN RUS asserted"],
    lacks: [],
  },
];

describe("measures that build something up are no sanctions", () => itCodes(rows));
