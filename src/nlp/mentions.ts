import type { AliasRef } from "../knowledge/types.js";
import type { Mention, Token } from "./annotated-document.js";
import type { PhraseMatch } from "./phrase-matcher.js";

const POSSESSIVE = new Set(["'s", "'", "s"]);
const OF_IN = new Set(["of", "in", "from"]);

/**
 * Joins phrase matches that name one actor together:
 * "the Russian President", "Hungary's prime minister" (state + office -> state with the office's role),
 * "President Aleksandar Vucic", "US President Donald Trump" (office + person -> the person),
 * "the administration in Belgrade", "the government of Serbia" (office + of/in + state),
 * "President Stepan Mesic of Croatia" (office + a name the knowledge base does not know + of + state).
 */
export function composeMentions(
  text: string,
  tokens: readonly Token[],
  matches: readonly PhraseMatch[],
): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < matches.length) {
    let current = matches[i]!;
    let refs: readonly AliasRef[] = current.refs;
    let j = i + 1;
    // "the leaders of the Baltic states": a group named by its leaders is people, as "the leaders
    // of Estonia" is (who may receive a message, be met).
    let leaders = false;
    for (; j < matches.length; j++) {
      const next = matches[j]!;
      const gapTokens = tokens.slice(current.last, next.first);
      const gap = gapTokens.map((t) => t.norm);
      const joined = join(refs, next.refs, gap) ?? holderOf(refs, next.refs, gapTokens);
      if (!joined) break;
      const office = [...refs, ...next.refs].some((r) => r.kind === "office" && r.role === "LEADER");
      if (office && joined.some((r) => r.kind === "group")) leaders = true;
      refs = joined;
      current = { first: current.first, last: next.last, refs };
    }
    const text_ = text.slice(tokens[current.first]!.start, tokens[current.last - 1]!.end);
    const mention = { first: current.first, last: current.last, text: text_, refs };
    out.push(leaders ? { ...mention, official: true } : mention);
    i = j;
  }
  return out;
}

function join(
  left: readonly AliasRef[],
  right: readonly AliasRef[],
  gap: readonly string[],
): AliasRef[] | null {
  const office = right.find((r) => r.kind === "office");
  const person = right.find((r) => r.kind === "person");
  const actors = left.filter((r) => r.kind === "actor");
  const leftOffice = left.find((r) => r.kind === "office");
  const leftPerson = left.some((r) => r.kind === "person");
  const adjacent = gap.length === 0;
  // "Russian" + "President", "Hungary" + "'s" + "prime minister"
  if (office && actors.length && (adjacent || (gap.length === 1 && POSSESSIVE.has(gap[0]!)))) {
    return actors.map((a) => ({ ...a, role: office.role }));
  }
  // "President" + "Vucic", "Russian President" + "Vladimir Putin"
  if (person && adjacent && (leftOffice || (actors.length && actors.every((a) => a.role !== null)))) {
    return [person];
  }
  // "Lavrov" after "Russian Foreign Minister": already a person, nothing more to join.
  if (leftPerson) return null;
  // "the administration in Belgrade", "the government of Serbia"
  // "the leaders of the Baltic states", "the heads of state of the CIS countries": a set of
  // states names each of its members.
  const rightActors = right.filter(
    (r) => r.kind === "actor" || r.kind === "person" || (r.kind === "group" && r.vague !== true),
  );
  if (
    leftOffice &&
    rightActors.length &&
    (leftOffice.role === "GOV" || leftOffice.role === "MIL" || leftOffice.role === "LEADER") &&
    gap.length >= 1 &&
    gap.length <= 2 &&
    OF_IN.has(gap[0]!) &&
    (gap.length === 1 || gap[1] === "the")
  ) {
    return rightActors.map((a) => (a.kind === "actor" ? { ...a, role: leftOffice.role } : a));
  }
  return null;
}

/** A word of a name: capitalised, letters with inner hyphens or apostrophes. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * "President Stepan Mesic of Croatia", "Prime Minister Janez Drnovsek of Slovenia": an office, a
 * name of one to four words the knowledge base does not know (a known one joins the office
 * first), "of" and a state's own name: the state with the office's role. A capital ("of Moscow")
 * names a seat, not the holder's state.
 */
function holderOf(
  left: readonly AliasRef[],
  right: readonly AliasRef[],
  gap: readonly Token[],
): AliasRef[] | null {
  const office = left.find((r) => r.kind === "office");
  if (!office || (office.role !== "LEADER" && office.role !== "GOV" && office.role !== "MIL")) return null;
  if (left.some((r) => r.kind !== "office")) return null;
  const states = right.filter((r) => r.kind === "actor" && r.role === null);
  if (!states.length || states.length !== right.length) return null;
  const of = gap.findIndex((t) => t.norm === "of");
  if (of < 1 || of > 4) return null;
  const rest = gap.slice(of + 1);
  if (rest.length > 1 || (rest.length === 1 && rest[0]!.norm !== "the")) return null;
  if (!gap.slice(0, of).every((t) => NAME_WORD.test(t.text))) return null;
  return states.map((a) => ({ ...a, role: office.role }));
}
