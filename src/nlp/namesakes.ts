import type { KnowledgeBase } from "../knowledge/types.js";
import type { Token } from "./annotated-document.js";
import { foldDiacritics } from "./fold.js";
import type { PhraseMatch } from "./phrase-matcher.js";

/** Words before a surname that are no given name: titles, forms of address, days and months. */
const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "president",
  "minister",
  "secretary",
  "chancellor",
  "premier",
  "general",
  "ambassador",
  "speaker",
  "senator",
  "king",
  "queen",
  "prince",
  "emir",
  "sheikh",
  "patriarch",
  "pope",
  "mayor",
  "governor",
  "envoy",
  "chairman",
  "commander",
  "marshal",
  "colonel",
  "admiral",
  "madam",
  "sir",
  "lord",
  "lady",
  // Days and months: "on Tuesday Mitsotakis met".
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** The first sound of a given name, spellings across alphabets alike ("Wladimir", "Vladimir"). */
function initial(name: string): string {
  const c = foldDiacritics(name).toLowerCase()[0] ?? "";
  return c === "w" ? "v" : c === "y" || c === "j" ? "i" : c === "k" ? "c" : c;
}

/**
 * Drops a known person's surname matched alone after a given name that is not the person's:
 * "Julieta Valls Noyes" is not Manuel Valls, "Aram Sargsyan" not Serzh Sargsyan. A given name
 * spelt another way ("Nursultan Nazarbaev", "Aleksander Lukashenko") keeps the person: only its
 * first sound is compared. A title ("President Putin") or another match before it is no given name.
 */
export function withoutNamesakes(
  tokens: readonly Token[],
  matches: readonly PhraseMatch[],
  kb: KnowledgeBase,
): PhraseMatch[] {
  const kept: PhraseMatch[] = [];
  for (const m of matches) {
    if (m.last - m.first !== 1 || !m.refs.length || !m.refs.every((r) => r.kind === "person")) {
      kept.push(m);
      continue;
    }
    const before = tokens[m.first - 1];
    if (!before || before.pos !== "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) kept.push(m);
    else if (TITLES.has(before.norm) || matches.some((o) => o.last === m.first)) kept.push(m);
    else if (
      m.refs.some((r) => {
        const person = r.kind === "person" ? kb.persons.get(r.id) : undefined;
        const given = person?.name.split(" ")[0] ?? "";
        return !person || initial(given) === initial(before.text);
      })
    )
      // The given name spelt another way is part of the person's name: "President Stepan Mesic of
      // Croatia" is the office and its holder, with nothing between them.
      kept.push({ ...m, first: m.first - 1 });
  }
  return kept;
}
