import type { Mention, Token } from "../nlp/annotated-document.js";

/** What of a state may be recognised as the state itself: "recognised Kosovo's independence". */
const STATEHOOD = new Set(["independence", "statehood", "sovereignty", "government", "authorities"]);

/**
 * The mention names the party itself, not a thing of it: "recognised Kosovo", "recognised Kosovo's
 * independence", but not "recognise Russia's annexation of Crimea" or "recognised Russian
 * passports" (the `party` slot: the direct object when it is the whole party).
 */
export function isWholeParty(tokens: readonly Token[], m: Mention): boolean {
  if (m.refs.some((r) => r.kind === "actor" && r.form === "adjective")) return false;
  const next = tokens[m.last];
  if (next?.norm !== "'s" && next?.norm !== "'" && next?.norm !== "’s") return true;
  let k = m.last + 1;
  while (tokens[k]?.pos === "ADJ") k++;
  return STATEHOOD.has(tokens[k]?.norm ?? "");
}
