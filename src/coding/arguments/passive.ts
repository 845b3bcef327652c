import type { Sentence } from "../../nlp/annotated-document.js";
import { isStativeParticiple } from "./stative-participle.js";

/** Whether the verb at `first` is passive: a participle after "be" or "get" ("was expelled"). */
export function isPassive(sentence: Sentence, first: number): boolean {
  const t = sentence.tokens[first]!;
  if (t.pos !== "VERB" || /ing$/.test(t.norm) || t.norm === t.lemma || isStativeParticiple(t.norm))
    return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const u = sentence.tokens[k]!;
    if (u.lemma === "be" || u.lemma === "get") return true;
    if (u.pos !== "ADV" && u.pos !== "PART") return false;
  }
  return false;
}
