import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Talks, agreements and mediation groups named after the city that hosted them ("the Minsk
// agreements", "the Minsk format", "the OSCE Minsk Group", "the Astana process") name a process,
// not the host state as a party: support for them is no contact with Belarus or Kazakhstan, and they
// are no ground of an act either (places.yaml `process: true`). The bare capital still stands for
// its government ("visited Minsk", "criticised Minsk").
const rows: readonly CodedRow[] = [
  {
    text: "The Secretary highlighted U.S. support for the Minsk Group Co-Chairs process aimed at a settlement.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION USA BLR asserted"],
  },
  {
    text: "Washington reaffirmed its support for the OSCE Minsk Group co-chairs.",
    has: ["DIPLOMATIC_COOPERATION USA OSCE asserted"],
    lacks: ["DIPLOMATIC_COOPERATION USA BLR asserted"],
  },
  {
    text: "Lavrov praised the Normandy and Minsk format talks.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION RUS BLR asserted"],
  },
  {
    text: "Paris supports the Minsk process.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION FRA BLR asserted"],
  },
  {
    text: "Merkel and Macron urged Kyiv to implement the Minsk agreements.",
    has: [],
    lacks: ["CRITICISM DEU BLR asserted", "DIPLOMATIC_COOPERATION DEU BLR asserted"],
  },
  {
    text: "France called on Russia to respect the Minsk Protocol.",
    has: ["CRITICISM FRA RUS asserted"],
    lacks: ["CRITICISM FRA BLR asserted"],
  },
  {
    text: "Ankara welcomed the Astana process.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION TUR KAZ asserted"],
  },
  // Nor is the process the ground of a hostile act, as a place would be.
  {
    text: "Putin outlined Russia's approach to resolving the internal Ukraine conflict provided the unconditional implementation of the Minsk agreements.",
    has: [],
    lacks: ["ARMED_CONFLICT UKR BLR asserted"],
  },
  {
    text: "The idea was challenging for the parties to the Syrian conflict, as well as for the guarantor countries in the Astana process.",
    has: [],
    lacks: ["ARMED_CONFLICT SYR KAZ asserted"],
  },
  {
    text: "Putin visited Minsk in June.",
    has: ["DIPLOMATIC_COOPERATION RUS BLR asserted"],
    lacks: [],
  },
  {
    text: "Scholz criticised Minsk over the migrant crisis.",
    has: ["CRITICISM DEU BLR asserted"],
    lacks: [],
  },
];

describe("a process named after its host city names no party", () => itCodes(rows));
