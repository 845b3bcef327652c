import type { Mention, Token } from "../../nlp/annotated-document.js";
import { afterPreposition } from "./slot-shared.js";

/**
 * "In Brussels, Belgium, the Assistant Secretary will meet ...": a country set after a city by a
 * comma only places the city, and is inside the city's prepositional phrase. The mention that
 * phrase opens with, or null when `m` is no such apposition.
 */
export function placeApposition(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  m: Mention,
): Mention | null {
  // A name set off by commas on both sides: "Brussels, Belgium, ..." (not "..., I congratulate").
  if (tokens[m.first - 1]?.text !== "," || tokens[m.last]?.text !== ",") return null;
  if (tokens[m.first]?.pos !== "PROPN") return null;
  const city = mentions.find((c) => c.last === m.first - 1);
  return city && afterPreposition(tokens, city.first) ? city : null;
}
