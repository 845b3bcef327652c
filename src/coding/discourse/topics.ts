/** What an article is about: its headline state, its bloc, the bloc a sentence names, who is a member of it. */
import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";

export function isMember(state: string, bloc: string, date: string | null, kb: KnowledgeBase): boolean {
  return kb.membershipsAt(state, date).some((m) => m.org === bloc && m.kind === "member");
}

/** The bloc named in a sentence, the one nearest its end. */
export function blocIn(sentence: Sentence, date: string | null, kb: KnowledgeBase): Party | null {
  let found: Party | null = null;
  for (const m of sentence.mentions)
    for (const p of resolveMention(m, date, kb, { allowPlaces: false }))
      if (kb.organisations.has(p.code)) found = p;
  return found;
}

/** The state an article is about: the first its headline names (not as an adjective), directly or
 *  through its leader: "Finland in, Sweden waiting", "Moldova narrowly backs EU path ... Russian
 *  interference", "Lukashenko flies to Sochi". */
export function headlineState(doc: AnnotatedDocument, kb: KnowledgeBase): Party | null {
  const title = doc.sentences[0];
  if (!title) return null;
  for (const m of title.mentions)
    for (const r of m.refs) {
      // "Lukashenko flies to Sochi ...": a leader in the headline stands for his state.
      const code =
        r.kind === "actor" && r.form !== "adjective"
          ? r.code
          : r.kind === "person"
            ? kb.resolvePerson(r.id, doc.published).code
            : null;
      if (code && kb.states.has(code)) return { code, role: null, text: title.text, group: null };
    }
  return null;
}

/** The bloc an article is about: the organisation named most often, at least three times (in the
 *  whole text, or in the sentences read so far once "the alliance" has been resolved). */
export function topicBloc(sentences: readonly Sentence[], kb: KnowledgeBase): Party | null {
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const m of s.mentions)
      for (const r of m.refs) {
        const code = r.kind === "actor" ? r.code : r.kind === "group" ? r.as : null;
        if (code && kb.organisations.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
      }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? { code: best[0], role: null, text: best[0], group: null } : null;
}
