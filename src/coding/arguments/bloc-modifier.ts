import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";

/**
 * "backs EU path", "supplies to European Union members": a bloc's name modifying a noun names the
 * path or the members, not the bloc, so it is no target.
 */
export function isBlocModifier(m: Mention, sentence: Sentence, kb: KnowledgeBase): boolean {
  if (!m.refs.every((r) => r.kind === "actor" && kb.organisations.has(r.code))) return false;
  if (BLOC_MODIFIED.has(sentence.tokens[m.last]?.norm ?? "")) return true;
  return isBlocScheme(m, sentence, kb);
}

/** "join NATO's nuclear sharing arrangements": a scheme of the bloc, not the bloc. */
export function isBlocScheme(m: Mention, sentence: Sentence, kb: KnowledgeBase): boolean {
  if (!m.refs.every((r) => r.kind === "actor" && kb.organisations.has(r.code))) return false;
  const tokens = sentence.tokens;
  if (tokens[m.last]?.norm !== "'s") return false;
  let j = m.last + 1;
  while (j < tokens.length && j < m.last + 5 && !BLOC_SCHEMES.has(tokens[j]!.norm)) {
    const pos = tokens[j]!.pos;
    if (pos !== "ADJ" && pos !== "NOUN" && pos !== "VERB") return false;
    j++;
  }
  return BLOC_SCHEMES.has(tokens[j]?.norm ?? "");
}

/** What a bloc runs that others join: "NATO's air policing mission", "the EU's recovery scheme". */
const BLOC_SCHEMES = new Set([
  "arrangement",
  "arrangements",
  "programme",
  "programmes",
  "program",
  "programs",
  "mission",
  "missions",
  "initiative",
  "scheme",
  "framework",
]);

/** Nouns after a bloc's name that make it a modifier: its members, a path towards it, its money. */
const BLOC_MODIFIED = new Set([
  "member",
  "members",
  "countries",
  "states",
  "nations",
  "citizens",
  "path",
  "course",
  "funds",
  "money",
  "budget",
]);
