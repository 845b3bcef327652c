import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// What one state is said to be for another's trade or economy ("Norway is one of Iceland's leading
// trade partners", "the biggest investor in Chile's economy", "first place among Peru's trade
// partners"): the state said to be the partner acts on the one whose partner it is. A partitive
// ("one of"), a coordinated modifier ("trade and economic") or a possessive pronoun may stand
// between the copula and the noun.
const rows: readonly CodedRow[] = [
  {
    text: "Norway is one of Iceland's leading trade partners.",
    has: ["ECONOMIC_COOPERATION NOR ISL asserted"],
    lacks: [],
  },
  {
    text: "Spain remains one of Morocco's largest foreign economic partners.",
    has: ["ECONOMIC_COOPERATION ESP MAR asserted"],
    lacks: [],
  },
  {
    text: "Brazil is still the main trade and economic partner of Paraguay.",
    has: ["ECONOMIC_COOPERATION BRA PRY asserted"],
    lacks: [],
  },
  {
    text: "Japan has become one of the biggest investors in Vietnam's economy.",
    has: ["ECONOMIC_COOPERATION JPN VNM asserted"],
    lacks: [],
  },
  {
    text: "Argentina has held first place among Bolivia's trade partners for a decade.",
    has: ["ECONOMIC_COOPERATION ARG BOL asserted"],
    lacks: [],
  },
  {
    text: "Trade partners of Chile met in Santiago on Monday.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION CHL CHL asserted"],
  },
  {
    text: "Foreign investors in Kenya's economy complained about taxes.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION KEN KEN asserted"],
  },
  {
    text: "Peru said Chile was leading the talks with its trade partners.",
    has: [],
    lacks: ["ECONOMIC_COOPERATION CHL PER asserted", "ECONOMIC_COOPERATION PER CHL asserted"],
  },
];

describe("a state said to be another's trade partner or investor", () => itCodes(rows));
