import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A participle after "being" ("the weapons being sent to Ukraine by NATO member countries"), or
// right after the noun it describes with its agent after "by" ("the weapons sent to Ukraine by
// Poland"), is a passive: the party after "by" acts, not the subject of the main clause. A verb
// whose subject is a party's name stays active ("Russia sent weapons to Ukraine by rail").
const rows: readonly CodedRow[] = [
  {
    text: "Putin drew attention to the modern weapons being sent to Ukraine by NATO member countries.",
    has: ["ARMS_TRANSFER NATO UKR asserted"],
    lacks: ["ARMS_TRANSFER RUS UKR asserted"],
  },
  {
    text: "Lavrov complained about the howitzers sent to Ukraine by Poland.",
    has: ["ARMS_TRANSFER POL UKR asserted"],
    lacks: ["ARMS_TRANSFER RUS UKR asserted"],
  },
  {
    text: "The Kremlin condemned the missiles supplied to Kyiv by Britain.",
    has: ["ARMS_TRANSFER GBR UKR asserted"],
    lacks: ["ARMS_TRANSFER RUS UKR asserted"],
  },
  {
    text: "Russia sent weapons to Syria by rail.",
    has: ["ARMS_TRANSFER RUS SYR asserted"],
    lacks: [],
  },
];

describe("a participle with its agent after 'by' is passive", () => itCodes(rows));
