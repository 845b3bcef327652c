import { describe, expect, it } from "vitest";
import { codeDocument } from "./code-document.js";
import { loadKnowledge } from "../knowledge/load.js";
import { loadLexicon } from "./lexicon/lexicon.js";
import { annotate } from "../nlp/annotate.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/** The DIPLOMATIC_COOPERATION events of a text as "ACTOR TARGET modality date", sorted. */
function coded(text: string): string[] {
  return codeDocument("test", annotate(text, "2024-06-15", kb), kb, lexicon)
    .filter((e) => e.type === "DIPLOMATIC_COOPERATION")
    .map((e) => `${e.actor} ${e.target} ${e.modality} ${e.date ?? "-"}`)
    .sort();
}

// A visit or summit named as what comes next ("on the eve of", "ahead of", "in the run-up to") is
// still to come; "his" in a phrase opening the sentence is the person the main clause opens with;
// "on the eve of" dates the contact by the publication's month.
describe("contacts still to come", () => {
  it.each([
    [
      "On the eve of his state visit to Serbia, Xi Jinping wrote an article for a Belgrade newspaper.",
      ["CHN SRB planned 2024-06"],
    ],
    [
      "Ahead of his official visit to Lithuania, the Polish President gave an interview.",
      ["POL LTU planned -"],
    ],
    ["Scholz gave an interview ahead of his working visit to Moldova.", ["DEU MDA planned -"]],
    [
      "In the run-up to the Serbia-EU summit, Brussels urged Belgrade to align its foreign policy.",
      ["SRB EU planned -"],
    ],
    // Negative rows: the visit behind, a hostile act ahead of a summit, a visit reported as made.
    ["After his visit to Moscow, reporters asked Orban about gas.", []],
    ["During her visit to Vilnius, Baerbock praised Lithuania.", ["DEU LTU asserted -"]],
    ["Ahead of the summit, Russia massed troops on the border with Ukraine.", []],
    ["Erdogan's visit to Kyiv came days later.", ["TUR UKR asserted -"]],
  ])("%s", (text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
});
