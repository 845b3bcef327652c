import { loadKnowledge } from "../knowledge/load.js";
import { annotate } from "../nlp/annotate.js";
import { codeDocument } from "./code-document.js";
import { loadLexicon } from "./lexicon/lexicon.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/** For tests: the DIPLOMATIC_COOPERATION pairs ("ACTOR TARGET", sorted) the frames code in a text. */
export function contacts(text: string): string[] {
  const doc = annotate(text, "2024-06-15", kb);
  return codeDocument("test", doc, kb, lexicon)
    .filter((e) => e.type === "DIPLOMATIC_COOPERATION")
    .map((e) => `${e.actor} ${e.target}`)
    .sort();
}
