import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";

/**
 * Who gave the warning before the trigger: the mention just before the warning word (its subject)
 * or after "from" right behind it ("warnings from Trump's administration that Washington would").
 * A warning counts as the actor's threat only when the warner is the actor; "analysts warn that
 * Moscow could" is speculation.
 */
export function warnedByActor(
  sentence: Sentence,
  triggerFirst: number,
  actors: readonly Party[],
  warning: readonly string[],
  date: string | null,
  kb: KnowledgeBase,
): boolean {
  const tokens = sentence.tokens;
  let w = -1;
  for (let i = 0; i < triggerFirst; i++) if (warning.includes(tokens[i]!.lemma)) w = i;
  if (w < 0) return false;
  const codes = new Set(actors.map((a) => a.code));
  const named = (m: Mention | undefined) =>
    m !== undefined && resolveMention(m, date, kb, { allowPlaces: false }).some((p) => codes.has(p.code));
  const before = sentence.mentions.filter((m) => m.last <= w && m.last >= w - 6).pop();
  const after =
    tokens[w + 1]?.norm === "from"
      ? sentence.mentions.find((m) => m.first > w + 1 && m.first <= w + 4)
      : undefined;
  return named(before) || named(after);
}
