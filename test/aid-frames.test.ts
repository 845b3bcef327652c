import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Support measured by the recipient's needs is aid of whatever kind: "will support Moldova to meet
// its short-term needs", "pledged continued support to meet Ukraine's humanitarian needs".
const supportNeeds: readonly CodedRow[] = [
  {
    text: "Japan will support Moldova to meet its short-term needs.",
    has: ["AID JPN MDA planned"],
    lacks: ["DIPLOMATIC_COOPERATION JPN MDA planned"],
  },
  {
    text: "Norway pledged continued support to meet Ukraine's humanitarian, security, and economic needs.",
    has: ["AID NOR UKR asserted"],
    lacks: [],
  },
  {
    text: "Canada helped Jordan to address the needs of its refugees.",
    has: ["AID CAN JOR asserted"],
    lacks: [],
  },
  {
    text: "Poland supports the Commission's plan to meet the bloc's energy needs.",
    has: [],
    lacks: ["AID POL EU asserted", "AID POL EU planned"],
  },
  {
    text: "Serbia needs support to meet its obligations to the IMF.",
    has: [],
    lacks: ["AID SRB IMF asserted"],
  },
  // The needs named as a party's, the promise in the present planning the act.
  {
    text: "Japan commits to increasing humanitarian support, as the needs of the Ukrainian people grow.",
    has: ["AID JPN UKR planned"],
    lacks: ["AID JPN UKR asserted"],
  },
  { text: "Norway matched its aid to the needs of Moldova.", has: ["AID NOR MDA asserted"], lacks: [] },
  {
    text: "Serbia asked Russia for support, citing the needs of its economy.",
    has: [],
    lacks: ["AID SRB SRB asserted", "AID RUS SRB asserted"],
  },
  {
    text: "Germany is committed to supporting Poland.",
    has: [],
    lacks: ["DIPLOMATIC_COOPERATION DEU POL planned"],
  },
];

describe("support to meet a party's needs is aid", () => itCodes(supportNeeds));

// Aid to the people living in a state goes to that state: "to everyone in Syria who needs it".
const residents: readonly CodedRow[] = [
  {
    text: "Poland sent humanitarian aid to everyone in Ukraine who needs it.",
    has: ["AID POL UKR asserted"],
    lacks: [],
  },
  { text: "Japan sent aid to civilians in Ukraine.", has: ["AID JPN UKR asserted"], lacks: [] },
  { text: "Japan sent aid to people in need.", has: [], lacks: ["AID JPN JPN asserted"] },
];

describe("aid to the people in a state", () => itCodes(residents));

// Aid two parties give each other goes both ways.
const mutual: readonly CodedRow[] = [
  {
    text: "Armenia and Georgia have helped each other after the earthquake.",
    has: ["AID ARM GEO asserted", "AID GEO ARM asserted"],
    lacks: [],
  },
  {
    text: "The presidents praised the assistance in combatting the infection that Russia and Uzbekistan provide to each other.",
    has: ["AID RUS UZB asserted", "AID UZB RUS asserted"],
    lacks: [],
  },
  {
    text: "Russia and Belarus provide each other with assistance.",
    has: ["AID RUS BLR asserted", "AID BLR RUS asserted"],
    lacks: [],
  },
  {
    text: "Armenia and Georgia accused each other of violating the truce.",
    has: [],
    lacks: ["AID ARM GEO asserted", "AID GEO ARM asserted"],
  },
  {
    text: "Russia and Belarus provide each other with information.",
    has: [],
    lacks: ["AID RUS BLR asserted", "AID BLR RUS asserted"],
  },
];

describe("mutual aid goes both ways", () => itCodes(mutual));

// Help given as money committed: "help the people of Ukraine by committing $10 million".
const helpByFunds: readonly CodedRow[] = [
  {
    text: "Japan is committed to helping the people of Ukraine by committing an additional $10 million in emergency humanitarian aid.",
    has: ["AID JPN UKR asserted"],
    lacks: [],
  },
  {
    text: "The US worked with Kyiv to support Ukraine's cyber resilience, including by providing over $40 million in assistance since 2017.",
    has: ["AID USA UKR asserted"],
    lacks: [],
  },
  { text: "Norway helped Moldova by pledging 50 million euros.", has: ["AID NOR MDA asserted"], lacks: [] },
  {
    text: "Germany supported Serbia's bid by providing expertise.",
    has: [],
    lacks: ["AID DEU SRB asserted"],
  },
];

describe("help given by committing money is aid", () => itCodes(helpByFunds));
