import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Talks named by the sides holding them, after "between": the first named acts on the others,
// whether the phrase is an object, a subject ("The meeting between ... was held") or names the
// delegations, leaders or representatives who stand for the states.
const rows: readonly CodedRow[] = [
  {
    text: "The negotiations between Armenia and Azerbaijan resumed in Geneva.",
    has: ["DIPLOMATIC_COOPERATION ARM AZE asserted"],
    lacks: [],
  },
  {
    text: "The ministers reviewed the second round of talks between the delegations of Georgia and Turkey.",
    has: ["DIPLOMATIC_COOPERATION GEO TUR asserted"],
    lacks: [],
  },
  {
    text: "Diplomats prepared the summit between the leaders of Poland, Lithuania and Latvia.",
    has: ["DIPLOMATIC_COOPERATION POL LTU asserted", "DIPLOMATIC_COOPERATION POL LVA asserted"],
    lacks: [],
  },
  {
    text: "A meeting between Slovak and Czech representatives took place in Brno.",
    has: ["DIPLOMATIC_COOPERATION SVK CZE asserted"],
    lacks: [],
  },
  {
    text: "The talks between the ruling party and the opposition in Chisinau broke down.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION MDA MDA asserted"],
  },
  {
    text: "Trade between Estonia and Finland grew last year.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION EST FIN asserted"],
  },
];

describe("talks named by the sides between whom they are held", () => itCodes(rows));
