import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A preposition past a second infinitive after the trigger belongs to that infinitive's clause:
// "imposed measures to weaken Russia's ability to continue its aggression against Ukraine" does not
// sanction Ukraine. The infinitive right after the trigger is the trigger's own and keeps its
// arguments ("the special military operation to protect the residents of Donbass").
const rows: readonly CodedRow[] = [
  {
    text: "Canada imposed restrictive measures to weaken Russia's ability to continue its aggression against Ukraine.",
    has: [],
    lacks: ["SANCTION CAN UKR asserted"],
  },
  {
    text: "Norway adopted export controls to limit Moscow's capacity to wage war against Georgia.",
    has: [],
    lacks: ["SANCTION NOR GEO asserted"],
  },
  {
    text: "Putin briefed Xi on the special military operation to protect the residents of Donbass.",
    has: ["ARMED_CONFLICT RUS UKR asserted"],
    lacks: [],
  },
  {
    text: "Britain delivered howitzers to help defend Kyiv against Russia.",
    has: ["ARMS_TRANSFER GBR UKR asserted"],
    lacks: [],
  },
];

describe("a later infinitive after the trigger keeps its own prepositions", () => itCodes(rows));
