import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { isActorMention, resolveMention, type Party } from "../arguments/resolve-mention.js";

/** Where "followed suit" stands in a sentence, and who followed. */
export interface FollowSuit {
  /** Token index of "follow" ("followed", "following"). */
  readonly at: number;
  readonly actors: readonly Party[];
}

/**
 * "On Friday Finland followed suit": the sentence repeats the last act coded before it, with a new
 * actor. The actor is the state (or coordinated states) named right before the verb chain, as in
 * "Latvia and Estonia quickly followed suit" or "Norway has not followed suit". The date (for who
 * held an office) is asked for only when the phrase is there: a sentence's dates cost a chrono run.
 */
export function followSuit(
  sentence: Sentence,
  date: () => string | null,
  kb: KnowledgeBase,
): FollowSuit | null {
  const tokens = sentence.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.lemma !== "follow" || tokens[i + 1]!.norm !== "suit") continue;
    // Back over the verb chain ("has not yet", "quickly", "is expected to", "will").
    let k = i - 1;
    while (k >= 0 && CHAIN.has(tokens[k]!.pos)) k--;
    const actors: Party[] = [];
    for (;;) {
      const m: Mention | undefined = sentence.mentions.find((x) => x.last - 1 === k && isActorMention(x));
      if (!m) break;
      for (const p of resolveMention(m, date(), kb, { allowPlaces: false }))
        if (!actors.some((a) => a.code === p.code)) actors.push(p);
      k = m.first - 1;
      if (tokens[k]?.norm !== "and" && tokens[k]?.text !== ",") break;
      k--;
    }
    // "urged the European Union to follow suit": asked for, not done.
    if (URGING.has(tokens[k]?.lemma ?? "") || URGING.has(tokens[k - 1]?.lemma ?? "")) return null;
    return actors.length ? { at: i, actors } : null;
  }
  return null;
}

/** Verbs that ask another to follow rather than report that it did. */
const URGING = new Set(["urge", "call", "ask", "press", "encourage", "invite", "want", "expect"]);

/** Parts of speech of a verb chain before "followed suit". */
const CHAIN = new Set(["AUX", "ADV", "PART", "VERB"]);
