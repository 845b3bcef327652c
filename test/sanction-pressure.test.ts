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

// A gerund of means ("by imposing") or aim ("with the goal of imposing") too far from its subject
// for the nearest-actor search shares the main clause's subject.
const farGerund: readonly CodedRow[] = [
  {
    text: "The Department of State is taking additional steps to target Russia's oligarchs and elites, in close coordination with partners and allies, with the goal of imposing severe costs on the Government of the Russian Federation.",
    has: ["SANCTION USA RUS asserted"],
    lacks: [],
  },
  {
    text: "Canada is focused on putting Ukraine in a strong negotiating position by continuing to provide security assistance to Ukraine and by increasing pressure on Putin by imposing severe costs on Russia.",
    has: ["SANCTION CAN RUS asserted"],
    lacks: [],
  },
  {
    text: "Officials said that in a long meeting with many partners and allies over several days, Japan had discussed the outlook with the aim of keeping the pressure on Russia.",
    has: [],
    lacks: ["SANCTION USA RUS asserted"],
  },
];

describe("a far gerund of means or aim shares the main subject", () => {
  itCodes(farGerund);
});
