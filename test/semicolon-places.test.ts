import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Places, each a city and its country, listed with semicolons ("to Tbilisi, Georgia; Baku,
// Azerbaijan; and Yerevan, Armenia") are one list; a semicolon after a lone name still ends it.
const rows: readonly CodedRow[] = [
  {
    text: "Secretary Blinken will travel to Vilnius, Lithuania; Riga, Latvia; and Tallinn, Estonia next week.",
    has: [
      "DIPLOMATIC_COOPERATION USA LTU planned",
      "DIPLOMATIC_COOPERATION USA LVA planned",
      "DIPLOMATIC_COOPERATION USA EST planned",
    ],
    lacks: [],
  },
  {
    text: "Scholz visited Warsaw; Prague and Vienna were next.",
    has: ["DIPLOMATIC_COOPERATION DEU POL asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU CZE asserted"],
  },
];

describe("semicolon lists of cities with their countries", () => itCodes(rows));
