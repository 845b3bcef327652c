import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// Disappointment or concern at another state's answer ("the US response", "the Swedish
// government's reaction") criticises that state (triggers.yaml criticism-concern-conduct); a
// response no state owns criticises no one.
const rows: readonly CodedRow[] = [
  {
    text: "The Russian president voiced disappointment with the Finnish response to his proposals.",
    has: ["CRITICISM RUS FIN asserted"],
    lacks: [],
  },
  {
    text: "Budapest expressed concern at the European Commission's reaction to the new media law.",
    has: ["CRITICISM HUN EU asserted"],
    lacks: [],
  },
  {
    text: "The Latvian minister was disappointed with the response of the local authorities to the storm.",
    has: [],
    lacks: ["CRITICISM LVA LVA asserted"],
  },
];

describe("disappointment with another state's response is criticism", () => {
  itCodes(rows);
});
