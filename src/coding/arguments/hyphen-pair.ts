import type { Mention, Token } from "../../nlp/annotated-document.js";

/** "the Russia-EU summit", "Russian-Bulgarian talks": two parties joined by a hyphen. */
export function hyphenPair(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  const [a, b] = mentions;
  return mentions.length === 2 && a!.last === b!.first - 1 && tokens[a!.last]?.text === "-";
}
