import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "Our trade with China", "our military cooperation with Serbia": in a speaker's own words, what
// "our" shares "with" a party named after it is the speaker's state's, whoever else the transcript
// has; with no "with", "our trade" stays the two speakers' (or nobody's in a one-speaker text).
const rows: readonly CodedRow[] = [
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Our trade with Japan grew by a tenth last year.",
    has: ["ECONOMIC_COOPERATION IND JPN asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Our bilateral trade with Vietnam has reached a record.",
    has: ["ECONOMIC_COOPERATION IND VNM asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Our trade grew by a tenth last year.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND IND asserted"],
  },
  {
    text: "Meeting with students\n\nStudent: Our trade with Japan grew by a tenth last year.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND JPN asserted"],
  },
];

describe("what 'our' shares 'with' a named party is the voice's", () => itCodes(rows));
