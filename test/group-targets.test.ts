import { describe, expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";

// A group acted on stands for its members: not narrowed to the one acting ("Blinken spoke with his
// G7 counterparts") nor to a member listed beside it ("Hayashi and our G7 counterparts"), but still
// narrowed to the members a sentence names in apposition ("the Baltic states, Latvia and Lithuania").
const lexicon = loadLexicon();
const kb = loadKnowledge();

const contacts = (actor: string, targets: readonly string[]) =>
  targets.map((t) => `DIPLOMATIC_COOPERATION ${actor} ${t} asserted`);

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Blinken spoke by phone with his G7 counterparts on Monday.",
    expected: contacts("USA", ["CAN", "GBR", "FRA", "DEU", "ITA", "JPN"]),
  },
  {
    text: "Scholz met with his G7 counterparts in Hiroshima.",
    expected: contacts("DEU", ["USA", "CAN", "GBR", "FRA", "ITA", "JPN"]),
  },
  {
    text: "Blinken spoke with Italian Foreign Minister Tajani and our G-7 counterparts.",
    expected: contacts("USA", ["CAN", "GBR", "FRA", "DEU", "ITA", "JPN"]),
  },
  {
    text: "Lavrov spoke with the Baltic states' envoys, Latvia's and Lithuania's.",
    expected: contacts("RUS", ["LVA"]),
  },
  {
    text: "Poland thanked the Baltic states, Latvia and Lithuania, for their help.",
    expected: contacts("POL", ["LVA", "LTU"]),
  },
  // No group: the aides of a minister are no further party.
  {
    text: "Blinken spoke with Italian Foreign Minister Tajani and his aides.",
    expected: contacts("USA", ["ITA"]),
  },
];

describe("group targets", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const events = codeDocument("test", annotate(text, "2024-06-15", kb), kb, lexicon);
    const coded = events.map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
