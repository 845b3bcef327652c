import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Pressure kept up, raised or inflicted on a state names sanctions in official prose (triggers.yaml
// sanction-pressure): "will sustain and increase pressure on Russia", "ratcheting up the pressure
// on Minsk". Pressure on no state, or raised by no party, is none.
const rows: readonly CodedRow[] = [
  {
    text: "Together with the European Union, Norway will sustain and increase pressure on Belarus.",
    has: ["SANCTION NOR BLR planned"],
    lacks: [],
  },
  {
    text: "Japan stressed the need to keep up the economic pressure on Pyongyang.",
    has: ["SANCTION JPN PRK asserted"],
    lacks: [],
  },
  {
    text: "Rising inflation has increased the pressure on the Polish central bank.",
    has: [],
    lacks: ["SANCTION POL POL asserted"],
  },
  {
    text: "The union ratcheted up the pressure on Lithuanian Railways' management.",
    has: [],
    lacks: ["SANCTION LTU LTU asserted"],
  },
];

describe("pressure raised on a state is a sanction", () => {
  itCodes(rows);
});
