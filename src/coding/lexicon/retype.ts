import type { Sentence } from "../../nlp/annotated-document.js";
import type { EventType } from "./event-type.js";
import type { Lexicon } from "./lexicon.js";

/** Context retyping from cues.yaml: an attack by hackers is a cyber operation, and so on. */
export function retype(type: EventType, sentence: Sentence, lexicon: Lexicon): EventType {
  for (const rule of lexicon.cues.retype) {
    if (rule.from !== type) continue;
    if (sentence.tokens.some((t) => rule.when.includes(t.lemma) || rule.when.includes(t.norm)))
      return rule.to;
  }
  return type;
}
