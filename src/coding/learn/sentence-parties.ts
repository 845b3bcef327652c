import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { resolveMention, type Party } from "../resolve-mention.js";
import type { PartyKind, SentenceParty } from "./candidate.js";

const FIRST_PERSON = new Set(["we", "us", "our", "ours"]);

/**
 * The parties a sentence names: every mention that resolves to a state or bloc at the date
 * (places as themselves, for targets), "we"/"our" as the document's speaker, and the speaker
 * again as implied when the sentence names it nowhere ("Meeting with the President of Belarus").
 */
export function sentenceParties(
  sentence: Sentence,
  date: string | null,
  kb: KnowledgeBase,
  speaker: Party | null,
): SentenceParty[] {
  const out: SentenceParty[] = [];
  for (const m of sentence.mentions) {
    const kind = kindOf(m);
    for (const party of resolveMention(m, date, kb, { allowPlaces: kind === "place" }))
      out.push({ party, kind, mention: { first: m.first, last: m.last } });
  }
  if (speaker) {
    sentence.tokens.forEach((t, i) => {
      if (t.pos === "PRON" && FIRST_PERSON.has(t.norm))
        out.push({ party: { ...speaker, text: t.text }, kind: "we", mention: { first: i, last: i + 1 } });
    });
    if (!out.some((p) => p.party.code === speaker.code))
      out.push({ party: speaker, kind: "implicit", mention: null });
  }
  return out;
}

function kindOf(m: Mention): PartyKind {
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
  const counts = new Map<string, { party: Party; n: number }>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (!m.refs.some((r) => r.kind === "person")) continue;
      for (const party of resolveMention(m, date, kb, { allowPlaces: false })) {
        const c = counts.get(party.code);
        if (c) c.n++;
        else counts.set(party.code, { party, n: 1 });
      }
    }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n < 2 || (second && first.n < 1.5 * second.n)) return null;
  return { ...first.party, text: "", group: null };
}
