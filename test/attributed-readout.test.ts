import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A readout whose lead says whom it is attributable to ("The below is attributable to Spokesperson
// Ned Price:") speaks in that spokesperson's voice: its own verdict on another state's act ("the
// Kremlin's reckless invasion") is that state's criticism, as in a signed statement
// (src/coding/discourse/attributed-readout.ts). Without such a lead, or inside quotation marks,
// the verdict is no one's.
const readout = (lead: string, body: string): string =>
  ["Secretary Blinken's Call with Polish Foreign Minister", lead, body].join("\n\n");

const rows: readonly CodedRow[] = [
  {
    text: readout(
      "The below is attributable to Spokesperson Ned Price:",
      "Secretary Blinken spoke today with Polish Foreign Minister Rau. They discussed the humanitarian consequences of Russia's premeditated and unjustified invasion of Ukraine.",
    ),
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    text: readout(
      "The following is attributable to Spokesperson Ned Price:",
      "The Secretary reaffirmed support for Chisinau in the face of the Kremlin's brutal war against its neighbour.",
    ),
    has: ["CRITICISM USA RUS asserted"],
    lacks: [],
  },
  {
    text: readout(
      "The below is attributable to Spokesperson Ned Price:",
      "The Secretary and the Foreign Minister discussed Belarus's destabilizing military buildup on the Lithuanian border.",
    ),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    text: readout(
      "Washington, D.C.",
      "Secretary Blinken spoke today with Polish Foreign Minister Rau. They discussed the humanitarian consequences of Russia's premeditated and unjustified invasion of Ukraine.",
    ),
    has: [],
    lacks: ["CRITICISM USA RUS asserted"],
  },
  {
    text: readout(
      "The below is attributable to Spokesperson Ned Price:",
      'The minister told reporters that Poland was "facing Russia\'s brutal war on its doorstep".',
    ),
    has: [],
    lacks: ["CRITICISM USA RUS asserted"],
  },
];

describe("a readout attributable to a spokesperson speaks in the spokesperson's state's voice", () => {
  itCodes(rows);
});
