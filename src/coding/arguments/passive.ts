import type { Sentence } from "../../nlp/annotated-document.js";
import { isStativeParticiple } from "./stative-participle.js";

/**
 * Whether the verb at `first` is passive: a participle after "be" or "get" ("was expelled", "being
 * sent"), or, with `reduced` (a one-word trigger: a pattern that spans its "by" reads it
 * itself), a participle right after the noun it describes, with its agent after "by" ("the weapons
 * sent to Ukraine by NATO member countries").
 */
export function isPassive(sentence: Sentence, first: number, reduced = false): boolean {
  const t = sentence.tokens[first]!;
  if (t.pos !== "VERB" || /ing$/.test(t.norm) || t.norm === t.lemma || isStativeParticiple(t.norm))
    return false;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) {
    const u = sentence.tokens[k]!;
    if (u.lemma === "be" || u.lemma === "get" || u.norm === "being" || u.norm === "been") return true;
    if (u.pos !== "ADV" && u.pos !== "PART") break;
  }
  return reduced && reducedRelative(sentence, first);
}

/** Words that may stand between a reduced relative's participle and its "by": "sent to Ukraine by". */
const BETWEEN = new Set(["ADP", "DET", "PROPN", "ADJ", "ADV", "NUM"]);

/**
 * "the weapons sent to Ukraine by Poland": a participle right after a common noun that names no
 * party, whose "by" follows within a short phrase with no verb between and names a party.
 * ("Russia sent weapons to Ukraine by rail" has its subject before the verb.)
 */
function reducedRelative(sentence: Sentence, first: number): boolean {
  const { tokens, mentions } = sentence;
  const noun = tokens[first - 1];
  // ("the weapons" may be a weapon's mention; a party's name is the verb's subject.)
  const party = (r: { kind: string }) => r.kind === "actor" || r.kind === "person" || r.kind === "office";
  if (noun?.pos !== "NOUN" || mentions.some((m) => m.last === first && m.refs.some(party))) return false;
  for (let k = first + 1; k < tokens.length && k <= first + 8; k++) {
    const u = tokens[k]!;
    if (u.norm === "by")
      return mentions.some((m) => m.first === k + 1 || (m.first === k + 2 && tokens[k + 1]!.pos === "DET"));
    if (!BETWEEN.has(u.pos) && !mentions.some((m) => m.first <= k && m.last > k)) return false;
  }
  return false;
}
