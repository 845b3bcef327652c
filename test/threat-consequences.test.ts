import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Unspecified costs or consequences held out against a step the other side may take are a threat
// of their own (triggers.yaml threat-ready-impose-costs, threat-issuer-any-consequences); the step
// in the condition ("should it send troops", "in response to any further military action") is no
// act the threat introduces (src/coding/lexicon/typed-threat.ts). Costs imposed, and listing for
// sanctions ("designated"), are sanctions (sanction-impose-costs, sanction-designate).
const threats: readonly CodedRow[] = [
  {
    text: "Berlin reaffirmed its readiness to impose severe costs on Minsk, should it send troops across the border.",
    has: ["THREAT DEU BLR threatened"],
    lacks: [],
  },
  {
    text: "Tokyo voiced its willingness, together with its partners, to impose swift consequences on Beijing if it blockades Taiwan.",
    has: ["THREAT JPN CHN threatened"],
    lacks: [],
  },
  {
    text: "Ottawa is ready to impose costs on Belarus in response to any further military action against Lithuania.",
    has: ["THREAT CAN BLR threatened"],
    lacks: [],
  },
  {
    text: "Economists said Hungarian retailers were ready to impose higher costs on consumers.",
    has: [],
    lacks: ["THREAT HUN HUN threatened"],
  },
  {
    text: "G7 Foreign Ministers' Statement on Belarus\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, stand with Lithuania.\n\nAny use by Belarus of migrants as a weapon would be met with a firm response.",
    has: ["THREAT CAN BLR threatened", "THREAT JPN BLR threatened"],
    lacks: [],
  },
  {
    text: "G7 Foreign Ministers' Statement on Belarus\n\nWe, the G7 Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, stand with Lithuania.\n\nWe reiterate that any further repression of protesters would result in severe consequences.",
    has: ["THREAT ITA BLR threatened"],
    lacks: [],
  },
  {
    text: "Analysts in Vilnius said any use of migrants as a weapon by Belarus would be met with a firm response.",
    has: [],
    lacks: ["THREAT LTU BLR threatened"],
  },
];

const sanctions: readonly CodedRow[] = [
  {
    text: "Together with its allies, London is imposing heavy costs on Moscow for the poisoning.",
    has: ["SANCTION GBR RUS asserted"],
    lacks: ["THREAT GBR RUS threatened"],
  },
  {
    text: "The new tariffs impose costs on American consumers.",
    has: [],
    lacks: ["SANCTION USA USA asserted"],
  },
  {
    text: "Canada, Australia and New Zealand have previously designated Belarusian President Alexander Lukashenko.",
    has: ["SANCTION CAN BLR asserted", "SANCTION NZL BLR asserted"],
    lacks: [],
  },
  {
    text: "The council designated the old harbour of Tallinn a protected zone.",
    has: [],
    lacks: ["SANCTION EST EST asserted"],
  },
];

describe("unspecified costs held out are threats", () => {
  itCodes(threats);
});

describe("costs imposed and designations are sanctions", () => {
  itCodes(sanctions);
});
