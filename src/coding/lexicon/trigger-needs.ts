import type { Sentence } from "../../nlp/annotated-document.js";
import type { Lexicon } from "./lexicon.js";
import type { TriggerMatch } from "./trigger-match.js";

export type NeedsSets = Record<"arms" | "economy" | "military" | "cyber" | "amount", ReadonlySet<string>>;

const needsCache = new WeakMap<Lexicon, NeedsSets>();

/** The word sets of the cues a trigger may need in its clause, compiled once per lexicon. */
export function needsSets(lexicon: Lexicon): NeedsSets {
  let sets = needsCache.get(lexicon);
  if (!sets) {
    const c = lexicon.cues;
    sets = {
      arms: new Set(c.arms),
      economy: new Set(c.economy),
      military: new Set(c.military),
      cyber: new Set(c.cyber),
      amount: new Set(c.amount),
    };
    needsCache.set(lexicon, sets);
  }
  return sets;
}

/** Whether the clause has one of the words (or, for arms, names a weapon system) besides the
 *  trigger's own: "the Danish shipping group" is not about ships. */
export function clauseHas(
  sentence: Sentence,
  clause: { start: number; end: number },
  match: TriggerMatch,
  words: ReadonlySet<string>,
  weapons: boolean,
): boolean {
  for (let i = clause.start; i < clause.end; i++) {
    if (i === match.first) continue;
    const t = sentence.tokens[i]!;
    if (words.has(t.lemma) || words.has(t.norm)) return true;
  }
  return weapons && sentence.mentions.some((m) => m.refs.some((r) => r.kind === "weapon"));
}
