import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// "Japan remains one of our leading foreign economic partners": in a speaker's own words, the
// partner in trade "our" names is the speaker's state's ("your" the other speaker's); "our partners"
// with no word of trade stays nobody's.
const rows: readonly CodedRow[] = [
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Japan remains one of our leading foreign economic partners.",
    has: ["ECONOMIC_COOPERATION JPN IND asserted"],
    lacks: [],
  },
  {
    text: "Talks with President of Vietnam\n\nPrime Minister of India Narendra Modi: Vietnam is our largest trading partner in the region.",
    has: ["ECONOMIC_COOPERATION VNM IND asserted"],
    lacks: [],
  },
  {
    text: "Talks with President of Vietnam\n\nPrime Minister of India Narendra Modi: I know that Japan is your main trade and economic partner.\n\nPresident of Vietnam Vo Van Thuong: Yes, indeed.",
    has: ["ECONOMIC_COOPERATION JPN VNM asserted"],
    lacks: [],
  },
  {
    text: "Meeting with students\n\nPrime Minister of India Narendra Modi: Japan remains one of our closest partners.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION JPN IND asserted"],
  },
  {
    text: "Meeting with students\n\nStudent: Japan remains one of our leading economic partners.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION JPN IND asserted"],
  },
];

describe("a partner in trade 'our' names is the voice's", () => itCodes(rows));
