import { describe, expect, it } from "vitest";
import { codeDocument } from "../src/coding/code-document.js";
import { loadLexicon } from "../src/coding/lexicon.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";

// Support of a people by a state that sanctions or condemns that people's state is no
// cooperation with the state; without such hostility it stays support of the state.
const lexicon = loadLexicon();
const kb = loadKnowledge();

const rows: readonly { text: string; expected: readonly string[] }[] = [
  {
    text: "Canada imposed sanctions on Belarus on Monday. Canada stands with the people of Belarus.",
    expected: ["SANCTION CAN BLR asserted"],
  },
  {
    text: "London condemned Minsk for the arrests. Britain stands with the Belarusian people.",
    expected: ["CRITICISM GBR BLR asserted"],
  },
  {
    text: "Canada stands with the people of Ukraine.",
    expected: ["DIPLOMATIC_COOPERATION CAN UKR asserted"],
  },
  // Support of the state itself is kept beside a condemnation.
  {
    text: "Paris condemned Minsk for the arrests. Paris later welcomed Belarus's decision to free them.",
    expected: ["CRITICISM FRA BLR asserted", "DIPLOMATIC_COOPERATION FRA BLR asserted"],
  },
];

describe("support of a people against its state", () => {
  it.each(rows)("$text", ({ text, expected }) => {
    const events = codeDocument("test", annotate(text, "2024-06-15", kb), kb, lexicon);
    const coded = events.map((e) => `${e.type} ${e.actor} ${e.target} ${e.modality}`);
    expect([...coded].sort()).toEqual([...expected].sort());
  });
});
