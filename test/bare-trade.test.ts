import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A bare "trade" in a speaker's own words in the transcript of a meeting ("Trade grew by a fifth",
// "the growth in trade") is the two sides' trade; a trade named by its kind ("world trade") is
// not, nor one in a sentence naming a state outside the pair, nor one the reporter states.
const meeting =
  "Meeting with Prime Minister of Japan Fumio Kishida\n\nPrime Minister of India Narendra Modi met with Prime Minister of Japan Fumio Kishida.\n\n";
const rows: readonly CodedRow[] = [
  {
    text: `${meeting}Prime Minister of India Narendra Modi: Trade grew by a fifth last year.`,
    has: ["ECONOMIC_COOPERATION IND JPN asserted"],
    lacks: [],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: I welcome the steady growth in trade.`,
    has: ["ECONOMIC_COOPERATION IND JPN asserted"],
    lacks: [],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: I welcome the 16 percent trade growth we saw in 2023.`,
    has: ["ECONOMIC_COOPERATION IND JPN asserted"],
    lacks: [],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: Trade turnover growth of 44 percent was recorded this spring.`,
    has: ["ECONOMIC_COOPERATION IND JPN asserted"],
    lacks: [],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: Global trade turnover growth slowed this spring.`,
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND JPN asserted"],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: World trade grew by a fifth last year.`,
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND JPN asserted"],
  },
  {
    text: `${meeting}Prime Minister of India Narendra Modi: Trade with Brazil grew by a fifth last year.`,
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND JPN asserted"],
  },
  {
    text: `${meeting}Trade grew by a fifth last year, economists said.`,
    has: [],
    lacks: ["ECONOMIC_COOPERATION IND JPN asserted"],
  },
];

describe("a bare 'trade' in a speaker's words is the two sides'", () => itCodes(rows));
