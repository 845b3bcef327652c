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
