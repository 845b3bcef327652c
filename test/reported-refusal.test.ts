import { describe } from "vitest";
import { itCodes, type CodedRow } from "./extract-text.js";

// A refusal to keep agreements, or their derailing, laid at another state's door in reported
// speech criticises that state (triggers.yaml criticism-reported-misconduct); a speaker's own
// state refusing criticises no one.
const rows: readonly CodedRow[] = [
  {
    text: "The Serbian president noted that Pristina continues to refuse to implement the Brussels agreement.",
    has: ["CRITICISM SRB XKX asserted"],
    lacks: [],
  },
  {
    text: "Lavrov told reporters that Chisinau was derailing the settlement talks.",
    has: ["CRITICISM RUS MDA asserted"],
    lacks: [],
  },
  {
    text: "The Slovak prime minister said Slovakia would refuse to send more ammunition.",
    has: [],
    lacks: ["CRITICISM SVK SVK asserted"],
  },
];

describe("a reported refusal to keep agreements is criticism", () => {
  itCodes(rows);
});
