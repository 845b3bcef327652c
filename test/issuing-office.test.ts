import { describe, expect, it } from "vitest";
import { extractText } from "./extract-text.js";

// A press statement issued under a line naming a state's office and nothing else ("Office of the
// Spokesperson", "U.S. Department of State") speaks in that state's voice, as one signed by its
// official (src/nlp/signature.ts issuingOffice): its own verdict on another state's act ("the
// Russian Federation's unprovoked war") is that state's criticism. A line naming a place or a
// person of no office gives no voice.
function coded(text: string): string[] {
  return extractText(text, "2022-03-24").map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
}

const statement = (line: string, body: string): string =>
  ["New Measures on Belarus", "March 24, 2022", line, body].join("\n\n");

const BODY =
  "Today the Department announced additional measures in response to the Belarusian authorities' brutal crackdown on peaceful protesters.";

const rows: readonly { name: string; text: string; has: readonly string[]; lacks: readonly string[] }[] = [
  {
    name: "the State Department's press office",
    text: statement("Office of the Spokesperson", BODY),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "a department named with its state",
    text: statement("U.S. Department of State", BODY),
    has: ["CRITICISM USA BLR asserted"],
    lacks: [],
  },
  {
    name: "a place line is no issuing office",
    text: statement("Washington, D.C.", BODY),
    has: [],
    lacks: ["CRITICISM USA BLR asserted"],
  },
];

describe("a statement issued under a state office's line speaks in that state's voice", () => {
  for (const row of rows)
    it(row.name, () => {
      const events = coded(row.text);
      for (const e of row.has) expect(events).toContain(e);
      for (const e of row.lacks) expect(events).not.toContain(e);
    });
});
