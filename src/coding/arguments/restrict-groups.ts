import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence, Token } from "../../nlp/annotated-document.js";
import { isVoices } from "../discourse/voices-pair.js";
import { resolveMention, type Party } from "./resolve-mention.js";

/**
 * "the Baltic states ... Latvia and Lithuania": when the sentence names members, only those; but
 * not members named in another clause joined by ", and" ("The Baltic states voiced solidarity with
 * Warsaw, and Lithuania's minister said ..."), nor the one acting on the group ("Blinken spoke with
 * his G7 counterparts": the other members), nor a member listed beside the group ("with Japan's
 * foreign minister and his G7 counterparts").
 */
export function restrictGroups(
  parties: Party[],
  filled: readonly Mention[],
  sentence: Sentence,
  date: string | null,
  kb: KnowledgeBase,
  acting: readonly Mention[] = [],
): Party[] {
  if (!parties.some((p) => p.group)) return parties;
  // "We will evaluate our military cooperation": the voices stay whole beside "we".
  if (filled.every(isVoices)) return parties;
  const groups = filled.filter((m) => m.refs.some((r) => r.kind === "group"));
  const named = new Set(
    sentence.mentions
      .filter(
        (m) =>
          !m.refs.some((r) => r.kind === "group") &&
          !acting.includes(m) &&
          !groups.some(
            (g) => clauseJoinBetween(sentence.tokens, g, m) || listedBefore(sentence.tokens, m, g),
          ),
      )
      .flatMap((m) => resolveMention(m, date, kb, { allowPlaces: false }).map((p) => p.code)),
  );
  return parties.filter((p) => !p.group || !p.group.some((c) => named.has(c)) || named.has(p.code));
}

/** "Japan's minister and our G7 counterparts": a member named just before the group, joined by "and". */
function listedBefore(tokens: readonly Token[], m: Mention, group: Mention): boolean {
  if (m.last > group.first) return false;
  let from = m.last;
  // "Foreign Minister Hayashi and": the official's name the knowledge base does not know.
  while (from < group.first && tokens[from]!.pos === "PROPN") from++;
  const between = tokens.slice(from, group.first).map((t) => t.norm);
  return (
    between[0] === "and" && between.length <= 3 && between.slice(1).every((w) => LIST_DETERMINERS.has(w))
  );
}
const LIST_DETERMINERS = new Set(["the", "our", "his", "her", "their", "its", "other", "fellow"]);

const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas"]);

/** Whether ", and" (", but", ", while") separates two mentions: they stand in different clauses. */
function clauseJoinBetween(tokens: readonly Token[], a: Mention, b: Mention): boolean {
  const [from, to] = a.first < b.first ? [a.last, b.first] : [b.last, a.first];
  for (let i = from; i < to - 1; i++)
    if (tokens[i]!.text === "," && CLAUSE_JOINS.has(tokens[i + 1]!.norm)) return true;
  return false;
}
