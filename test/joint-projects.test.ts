import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Joint projects in an economic field are the two sides' economic cooperation: named parties act
// on each other, and in a readout with none named, the sides of its contact. Joint projects with
// no economic word in their clause are not coded.
const rows: readonly CodedRow[] = [
  {
    text: "Argentina and Chile are implementing joint projects in the oil and gas sector.",
    has: ["ECONOMIC_COOPERATION ARG CHL asserted"],
    lacks: [],
  },
  {
    text: "Erdogan met Aliyev in Baku. The sides praised their joint projects in energy.",
    has: ["ECONOMIC_COOPERATION TUR AZE asserted"],
    lacks: [],
  },
  {
    text: "Erdogan met Aliyev in Baku. The universities have several joint projects.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION TUR AZE asserted"],
  },
  {
    text: "Joint projects in the energy sector were discussed at the forum.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION TUR AZE asserted"],
  },
];

describe("joint economic projects", () => itCodes(rows));
