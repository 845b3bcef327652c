import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";

/**
 * Titles and possessed offices that name no state by themselves take the person they refer to:
 * "the Prime Minister has blamed Moscow" after "Theresa May" is May (GBR) when she held that
 * office at the date; "her government has accused Moscow" is the government of the last person
 * named. Returns the sentence's mentions with such office mentions replaced.
 */
export function resolveTitles(
  sentence: Sentence,
  recentPersons: readonly Mention[],
  /** The sentence's date, else the publication date: read only when an office needs a holder. */
  dateOf: () => string | null,
  kb: KnowledgeBase,
): readonly Mention[] {
  let changed = false;
  const out = sentence.mentions.map((m) => {
    const office = m.refs.length === 1 && m.refs[0]!.kind === "office" ? m.refs[0]! : null;
    if (!office || office.kind !== "office") return m;
    const before = sentence.tokens[m.first - 1]?.norm;
    if (before === "his" || before === "her") {
      const person = lastPerson(sentence.mentions, m.first) ?? recentPersons[recentPersons.length - 1];
      if (!person) return m;
      changed = true;
      // "her government": the person's state, in the office's role.
      return { ...m, refs: person.refs.map((r) => (r.kind === "actor" ? { ...r, role: office.role } : r)) };
    }
    if (before !== "the" || office.office === null) return m;
    for (let k = recentPersons.length - 1; k >= 0; k--) {
      const ref = recentPersons[k]!.refs.find((r) => r.kind === "person");
      if (!ref || ref.kind !== "person") continue;
      const date = dateOf();
      const state = kb.resolvePerson(ref.id, date).code;
      if (kb.holder(state, office.office, date)?.id === ref.id) {
        changed = true;
        return { ...m, refs: [ref] };
      }
    }
    return m;
  });
  return changed ? out : sentence.mentions;
}

function lastPerson(mentions: readonly Mention[], before: number): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions)
    if (
      m.last <= before &&
      m.refs.some((r) => r.kind === "person" || (r.kind === "actor" && r.role === "LEADER"))
    )
      found = m;
  return found;
}
