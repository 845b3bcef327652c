import type { AliasRef } from "../knowledge/types.js";
import type { Mention, Token } from "./annotated-document.js";

/**
 * "The West", "Western countries", "the international community" name no fixed set: they stand
 * for the members their sentence names, and for nobody else (test/corpus-real/ANNOTATION.md,
 * clarification 3). A vague mention takes the actors listed
 *
 * - in an apposition after it: "Western countries, including the United States and Britain",
 *   "world powers such as China", "European leaders, notably Macron";
 * - before it, as the named part of the set: "Britain and other Western countries", "the United
 *   States and its Western allies".
 *
 * The listed mentions and the vague one become one mention whose refs are the listed ones'. A vague
 * mention with no list stays: it resolves to nobody, and still fills its slot, so that no other
 * state is taken for it. "the West Bank", "the West African states": a name goes on, so it is no
 * vague set (dropped). Returns the mentions in token order; the same array when nothing changed.
 */
export function narrowVagueGroups(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
): readonly Mention[] {
  if (!mentions.some(isVague)) return mentions;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (!isVague(m)) {
      out.push(m);
      continue;
    }
    const next = tokens[m.last];
    if (
      next &&
      next.pos === "PROPN" &&
      /^\p{Lu}/u.test(next.text) &&
      !mentions.some((x) => x.first === m.last)
    )
      continue;
    const after = listAfter(tokens, mentions, k);
    const before = after.length ? [] : listBefore(tokens, out, m.first);
    const listed = after.length ? after : before;
    if (!listed.length) {
      out.push(m);
      continue;
    }
    if (before.length) out.splice(out.length - before.length, before.length);
    const first = Math.min(m.first, listed[0]!.first);
    const last = Math.max(m.last, listed[listed.length - 1]!.last);
    const refs: AliasRef[] = listed.flatMap((x) => x.refs);
    out.push({ first, last, text: text.slice(tokens[first]!.start, tokens[last - 1]!.end), refs });
    if (after.length) k = mentions.indexOf(after[after.length - 1]!);
  }
  return out;
}

/** Words that open an apposition naming some members of the set before them. */
const OPENERS: readonly (readonly string[])[] = [
  ["including"],
  ["such", "as"],
  ["like"],
  ["notably"],
  ["especially"],
  ["particularly"],
  ["in", "particular"],
  ["among", "them"],
  ["chiefly"],
  ["above", "all"],
  ["led", "by"],
  ["primarily"],
  ["mainly"],
];

/** Words that may stand between the members of a list. */
const LIST_WORDS = new Set([",", "and", "the", "as", "well"]);

/** The actor mentions listed in an apposition right after the vague mention at `k`, else none. */
function listAfter(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention[] {
  let i = mentions[k]!.last;
  const set = i;
  if (tokens[i]?.text === "," || tokens[i]?.text === "—" || tokens[i]?.text === "(") i++;
  const opener = OPENERS.find((words) => words.every((w, n) => tokens[i + n]?.norm === w));
  // "The West, like Russia, ...": a comparison, not an example ("Western countries like Poland").
  if (opener && opener[0] === "like" && i !== set) return [];
  if (opener) i += opener.length;
  else if (i !== set) return [];
  if (tokens[i]?.norm === "the") i++;
  const listed: Mention[] = [];
  for (let j = k + 1; j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.first !== i || !isMember(m)) break;
    // "Western leaders Macron and Scholz": persons right after the set name its members; a state
    // there begins a clause ("the Western countries Russia calls unfriendly").
    if (!opener && !m.refs.some((r) => r.kind === "person")) break;
    listed.push(m);
    i = m.last;
    while (
      i < tokens.length &&
      LIST_WORDS.has(tokens[i]!.norm) &&
      !(tokens[i]!.text === "," && ends(tokens, mentions, i, j))
    )
      i++;
  }
  return listed;
}

/** Whether the comma at `i` closes the list: no member follows it. */
function ends(tokens: readonly Token[], mentions: readonly Mention[], i: number, j: number): boolean {
  let n = i + 1;
  while (n < tokens.length && (tokens[n]!.norm === "and" || tokens[n]!.norm === "the")) n++;
  const next = mentions[j + 1];
  return !next || next.first !== n || !isMember(next);
}

/** "Britain and other Western countries", "the United States and its Western allies": the list
 *  before "and other" / "and its" ahead of the vague mention at token `first`, else none. */
function listBefore(tokens: readonly Token[], previous: readonly Mention[], first: number): Mention[] {
  if (!["other", "its", "their"].includes(tokens[first - 1]?.norm ?? "")) return [];
  // The separator a listed mention must end at: "and" before "other", then "," or ", and".
  let i = first - 2;
  if (tokens[i]?.norm !== "and" && tokens[i]?.text !== ",") return [];
  const listed: Mention[] = [];
  for (let j = previous.length - 1; j >= 0; j--) {
    const m = previous[j]!;
    if (m.last !== i || !isMember(m)) break;
    listed.unshift(m);
    i = m.first - 1;
    if (tokens[i]?.norm === "the") i--;
    if (tokens[i]?.norm === "and" && tokens[i - 1]?.text === ",") i--;
    if (tokens[i]?.norm !== "and" && tokens[i]?.text !== ",") break;
  }
  return listed;
}

function isVague(m: Mention): boolean {
  return m.refs.length > 0 && m.refs.every((r) => r.kind === "group" && r.vague === true);
}

/** A mention that can be a member named for a vague set: a state, bloc, person or fixed group. */
function isMember(m: Mention): boolean {
  return m.refs.some(
    (r) => r.kind === "actor" || r.kind === "person" || (r.kind === "group" && r.vague !== true),
  );
}
