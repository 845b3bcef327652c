import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "his"/"her" in a phrase that opens a sentence stands for the person the main clause opens with,
// even when someone else was named in the sentence before; elsewhere, for the last person named.
const rows: readonly CodedRow[] = [
  {
    text: "Viktor Orban spoke to Recep Tayyip Erdogan on Monday. In his message to the Polish President, Mr Orban praised the talks.",
    has: ["DIPLOMATIC_COOPERATION HUN POL asserted"],
    lacks: ["DIPLOMATIC_COOPERATION TUR POL asserted"],
  },
  {
    text: "Emmanuel Macron spoke to Olaf Scholz on Monday. During her visit to Lithuania, Ursula von der Leyen praised the ties.",
    has: ["DIPLOMATIC_COOPERATION EU LTU asserted"],
    lacks: ["DIPLOMATIC_COOPERATION DEU LTU asserted"],
  },
  // Not a phrase opening the sentence: the last person named.
  {
    text: "Viktor Orban spoke to Recep Tayyip Erdogan on Monday. The talks followed his message to the Polish President.",
    has: ["DIPLOMATIC_COOPERATION TUR POL asserted"],
    lacks: ["DIPLOMATIC_COOPERATION HUN POL asserted"],
  },
];

describe("a possessive in an opening phrase stands for the main clause's person", () => itCodes(rows));
