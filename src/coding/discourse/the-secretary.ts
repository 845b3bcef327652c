import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence, Token } from "../../nlp/annotated-document.js";

/** The ranks of the State Department's secretaries below the Secretary ("the Deputy Secretary"). */
const RANKS: ReadonlySet<string> = new Set(["Deputy", "Under", "Assistant", "Principal"]);

/**
 * "The Secretary condemned ...", "The Secretary and Foreign Minister Kuleba discussed ...": in a
 * State Department readout "the Secretary", capitalised and alone, is the Secretary of State named
 * before in the text. It refers to a person named earlier who held that office at the date, and to
 * no one where none was named ("the Secretary of the Council", a secretary of another service).
 * "The Deputy Secretary", "the Under Secretary", "the Assistant Secretary" (a rank before it) refer
 * to the last United States official named before ("Deputy Secretary of State Wendy Sherman met
 * ... The Deputy Secretary reaffirmed ..."), and to no one where none was.
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
    if (tokens[i]!.text !== "Secretary") continue;
    const first = rankStart(tokens, i);
    if (tokens[first - 1]?.norm !== "the") continue;
    // "the Secretary General", "the Secretary of Defense": another office.
    const next = tokens[i + 1];
    if (next && (next.pos === "PROPN" || next.norm === "of" || next.norm === "-")) continue;
    const current: readonly Mention[] = out ?? mentions;
    if (current.some((m) => m.first <= i && first < m.last)) continue;
    const named =
      first < i
        ? lastOfficial(recentPersons, "USA", dateOf, kb)
        : secretaryOfState(recentPersons, dateOf, kb);
    if (!named) continue;
    const text = sentence.text.slice(tokens[first]!.start - sentence.start, tokens[i]!.end - sentence.start);
    const person = named.refs.find((r) => r.kind === "person");
    const mention: Mention = person
      ? { first, last: i + 1, text, refs: [person] }
      : { first, last: i + 1, text, refs: named.refs, official: true };
    out = [...current, mention].sort((a, b) => a.first - b.first);
  }
  return out ?? mentions;
}

/** The first of the rank words right before "Secretary" at i ("Deputy", "Principal Deputy Assistant"), else i. */
function rankStart(tokens: readonly Token[], i: number): number {
  let first = i;
  while (first > 0 && RANKS.has(tokens[first - 1]!.text)) first--;
  // "Principal" alone is no rank.
  return first < i && tokens[i - 1]!.text === "Principal" ? i : first;
}

/** The Secretary of State at the date, where the text named that person before. */
function secretaryOfState(
  recentPersons: readonly Mention[],
  dateOf: () => string | null,
  kb: KnowledgeBase,
): Mention | undefined {
  const holder = kb.holder("USA", "foreign_minister", dateOf());
  if (!holder) return undefined;
  return recentPersons.findLast((m) => m.refs.some((r) => r.kind === "person" && r.id === holder.id));
}

/** The last person or official named before who acts for the state at the date. */
function lastOfficial(
  recentPersons: readonly Mention[],
  code: string,
  dateOf: () => string | null,
  kb: KnowledgeBase,
): Mention | undefined {
  return recentPersons.findLast((m) =>
    m.refs.some(
      (r) =>
        (r.kind === "person" && kb.resolvePerson(r.id, dateOf()).code === code) ||
        (m.official === true && r.kind === "actor" && r.code === code),
    ),
  );
}
