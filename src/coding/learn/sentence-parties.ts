import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { leadingState, personCounts } from "../discourse/person-counts.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";
import type { PartyKind, SentenceParty } from "./candidate.js";

/** Pronouns opening a mention the discourse pass added ("we", "our country", "you"). */
const PERSONAL = new Set(["we", "our", "you", "your"]);

/**
 * The parties a sentence names: every mention that resolves to a state or bloc at the date
 * (places as themselves, for targets; "we" and "our country" as the discourse pass resolved them,
 * src/coding/discourse/first-person.ts), and the document's speaker as implied when the sentence names it
 * nowhere ("Meeting with the President of Belarus").
 */
export function sentenceParties(
  sentence: Sentence,
  date: string | null,
  kb: KnowledgeBase,
  speaker: Party | null,
): SentenceParty[] {
  const out: SentenceParty[] = [];
  for (const m of sentence.mentions) {
    const kind = kindOf(m, sentence);
    for (const party of resolveMention(m, date, kb, { allowPlaces: kind === "place" }))
      out.push({ party, kind, mention: { first: m.first, last: m.last } });
  }
  if (speaker && !out.some((p) => p.party.code === speaker.code))
    out.push({ party: speaker, kind: "implicit", mention: null });
  return out;
}

function kindOf(m: Mention, sentence: Sentence): PartyKind {
  if (PERSONAL.has(sentence.tokens[m.first]?.norm ?? "")) return "we";
  const ref = m.refs[0];
  if (!ref) return "described";
  switch (ref.kind) {
    case "actor":
      return ref.form;
    case "person":
      return "person";
    case "group":
      return "group";
    case "place":
      return "place";
    default:
      return "described";
  }
}

/**
 * Whose document it is: the state whose people and offices the text names most often (the host
 * of a readout, the ministry of a statement); null when no state leads by a clear margin.
 */
export function documentSpeaker(
  sentences: readonly Sentence[],
  date: string | null,
  kb: KnowledgeBase,
): Party | null {
  return leadingState(personCounts(sentences, date, kb));
}
