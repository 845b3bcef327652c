import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Agreements named by the pair of states that reached them ("the Slovak-Czech agreements", "the
// agreements between Estonia and Latvia") are contact between them, the first named acting. A
// single treaty so named is left to the entry of its matter; agreements of unnamed parties are none.
const rows: readonly CodedRow[] = [
  {
    text: "Bratislava called for the full implementation of the Slovak-Czech agreements on the river.",
    has: ["DIPLOMATIC_COOPERATION SVK CZE asserted"],
    lacks: [],
  },
  {
    text: "The agreements between Estonia and Latvia on fishing quotas remain in force.",
    has: ["DIPLOMATIC_COOPERATION EST LVA asserted"],
    lacks: [],
  },
  {
    text: "The agreements reached in Vilnius last year were never implemented.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION LTU LTU asserted"],
  },
  {
    text: "The Polish-Ukrainian agreement on the status of the military base was ratified.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION POL UKR asserted"],
  },
];

describe("agreements named by the pair of states that reached them", () => itCodes(rows));
