import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A list of modifiers with a serial comma inside a pattern ("security, financial, and humanitarian
// support") is no coordinated clause: the target after it ("to Ukraine") is still the pattern's.
// A comma and conjunction after the pattern still open a clause with arguments of its own.
const rows: readonly CodedRow[] = [
  {
    text: "Canada is providing economic, financial, and humanitarian support to Moldova.",
    has: ["AID CAN MDA asserted"],
    lacks: [],
  },
  {
    text: "Norway sent medical, food, and humanitarian aid to Sudan.",
    has: ["AID NOR SDN asserted"],
    lacks: [],
  },
  {
    text: "Canada is providing humanitarian aid, and Moldova is grateful to Romania.",
    has: [],
    lacks: ["AID CAN ROU asserted"],
  },
];

describe("a serial-comma list of modifiers inside a pattern keeps its target", () => itCodes(rows));
