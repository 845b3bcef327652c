import type { Mention, Token } from "../../nlp/annotated-document.js";
import { isActorMention } from "./resolve-mention.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";

/** The two sides of a conflict named as a pair: `first` acts, `second` is the one acted on. */
export interface PairSides {
  readonly first: Mention;
  readonly second: Mention;
}

const DASHES = new Set(["-", "–", "—", "/"]);

/**
 * The two parties a noun names as a pair, in the order the text names them: a hyphenated
 * compound before it ("the Russia-Ukraine war", "the Russian-Georgian conflict") or "between X
 * and Y" after it ("the war between Russia and Georgia"). The one named first is taken to act.
 */
export function pairSides(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  match: TriggerMatch,
): PairSides | null {
  const actor = (m: Mention | undefined): m is Mention => m !== undefined && isActorMention(m);
  const second = mentions.find((m) => m.last === match.first);
  if (actor(second) && DASHES.has(tokens[second.first - 1]?.text ?? "")) {
    const first = mentions.find((m) => m.last === second.first - 1);
    if (actor(first)) return { first, second };
  }
  let k = match.last;
  if (tokens[k]?.norm !== "between") return null;
  k++;
  if (tokens[k]?.pos === "DET") k++;
  const first = mentions.find((m) => m.first === k);
  if (!actor(first) || tokens[first.last]?.norm !== "and") return null;
  k = first.last + 1;
  if (tokens[k]?.pos === "DET") k++;
  const other = mentions.find((m) => m.first === k);
  return actor(other) ? { first, second: other } : null;
}
