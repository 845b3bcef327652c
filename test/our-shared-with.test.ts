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
  // "Our naval base at Tartus": a base of arms after "our" is the voice's, hosted by the state of
  // the place it stands at (milcoop-base-abroad).
  {
    text: "Meeting on the Navy\n\nPresident of Russia Vladimir Putin: There is our on-shore naval base at the port of Tartus.",
    has: ["MILITARY_COOPERATION RUS SYR asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Our military bases in Tajikistan are well supplied.",
    has: ["MILITARY_COOPERATION IND TJK asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Our base of support in Bhutan is wide.",
    has: [],
    lacks: ["MILITARY_COOPERATION IND BTN asserted"],
  },
];

describe("what 'our' shares 'with' a named party is the voice's", () => itCodes(rows));
