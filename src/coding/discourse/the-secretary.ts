import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";

/**
 * "The Secretary condemned ...", "The Secretary and Foreign Minister Kuleba discussed ...": in a
 * State Department readout "the Secretary", capitalised and alone, is the Secretary of State named
 * before in the text. It refers to a person named earlier who held that office at the date, and to
 * no one where none was named ("the Secretary of the Council", a secretary of another service).
 * Returns the sentence's mentions with such references added.
 */
export function theSecretary(
  sentence: Sentence,
  mentions: readonly Mention[],
  recentPersons: readonly Mention[],
  /** The sentence's date, else the publication date. */
  dateOf: () => string | null,
  kb: KnowledgeBase,
): readonly Mention[] {
  const { tokens } = sentence;
  let out: Mention[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== "Secretary" || tokens[i - 1]!.norm !== "the") continue;
    // "the Secretary General", "the Secretary of Defense": another office.
    const next = tokens[i + 1];
    if (next && (next.pos === "PROPN" || next.norm === "of" || next.norm === "-")) continue;
    const current: readonly Mention[] = out ?? mentions;
    if (current.some((m) => m.first <= i && i < m.last)) continue;
    const holder = kb.holder("USA", "foreign_minister", dateOf());
    if (!holder) continue;
    const named = recentPersons.findLast((m) =>
      m.refs.some((r) => r.kind === "person" && r.id === holder.id),
    );
    if (!named) continue;
    const person = named.refs.find((r) => r.kind === "person")!;
    const mention: Mention = { first: i, last: i + 1, text: tokens[i]!.text, refs: [person] };
    out = [...current, mention].sort((a, b) => a.first - b.first);
  }
  return out ?? mentions;
}
