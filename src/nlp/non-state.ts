import type { AliasRef } from "../knowledge/types.js";
import type { Token } from "./annotated-document.js";
import type { PhraseMatch } from "./phrase-matcher.js";

/**
 * Folds the states named inside a non-state actor's phrase into that actor, before matches are
 * composed into mentions (test/corpus-real/ANNOTATION.md, clarification 1):
 *
 * - a state adjective or possessive before a non-state noun: "Syrian rebels", "Ukraine's
 *   separatists", "the Belarusian opposition", "Russian opposition politicians";
 * - a backer before an armed group or proxy: "Russian-backed separatists", "U.S.-backed Syrian
 *   forces", "Iran-backed fighters"; before an office of a state the backer is only dropped ("the
 *   Kremlin-backed Assad regime" is Syria's), and before an act it stays the act's author ("the
 *   Russian-backed coup attempt", "a Kremlin-backed propaganda campaign");
 * - "opposition to" is the act of opposing, not an opposition: no match; "opposition lawmakers"
 *   sit in the state's parliament and stay the state's (as the written corpus codes them).
 *
 * Returns the matches in token order; the same array when nothing changed.
 */
export function foldNonState(
  tokens: readonly Token[],
  matches: readonly PhraseMatch[],
): readonly PhraseMatch[] {
  let out: PhraseMatch[] | null = null;
  const list = () => (out ??= [...matches]);
  // "Russia's opposition to NATO enlargement": the act, not the party.
  for (const m of matches)
    if (isOpposition(m) && tokens[m.last]?.norm === "to") list().splice(list().indexOf(m), 1);
  for (const backer of [...(out ?? matches)]) {
    const current = out ?? matches;
    if (!current.includes(backer) || !isParty(backer) || !isBacking(tokens, backer.last)) continue;
    const folded = foldBacked(tokens, current, backer);
    if (folded) out = folded;
  }
  for (let k = 0; k < (out ?? matches).length; k++) {
    const current = out ?? matches;
    const group = current[k]!;
    if (!isNonState(group) && !isOpposition(group)) continue;
    // "Armenian opposition lawmakers": members of the state's parliament, which is the state's.
    if (isOpposition(group) && PARLIAMENT_MEMBERS.has(tokens[group.last]?.norm ?? "")) continue;
    const owner = ownerBefore(tokens, current, k);
    const next = current[k + 1];
    // "the opposition leader", "Fidesz lawmakers", "the Taliban government": an office right after
    // belongs to the group.
    const last = next && next.first === group.last && isOffice(next) ? next.last : group.last;
    if (owner === null && last === group.last && !isOpposition(group)) continue;
    const first = owner === null ? group.first : current[owner]!.first;
    const from = owner ?? k;
    const to = last === group.last ? k + 1 : k + 2;
    const refs = isNonState(group) ? group.refs : [OPPOSITION];
    if (from === k && to === k + 1 && refs === group.refs) continue;
    out = [...current.slice(0, from), { first, last, refs }, ...current.slice(to)];
    k = from;
  }
  return out ?? matches;
}

/** Hyphenated participles that make the word before them a backer: "Russian-backed". */
const BACKING = new Set([
  "backed",
  "supported",
  "sponsored",
  "funded",
  "financed",
  "armed",
  "trained",
  "equipped",
  "installed",
  "aligned",
  "allied",
  "affiliated",
]);

/** Heads after a backer that name an armed group of its proxies: "U.S.-backed Syrian forces". */
const PROXY_HEADS = new Set([
  "forces",
  "force",
  "fighters",
  "troops",
  "units",
  "group",
  "groups",
  "faction",
  "factions",
  "brigades",
  "battalions",
  "formations",
  "gunmen",
]);

/** Members of a parliament: "opposition lawmakers" sit in a state institution. */
const PARLIAMENT_MEMBERS = new Set([
  "lawmakers",
  "legislators",
  "deputies",
  "mps",
  "parliamentarians",
  "senators",
  "members",
]);

/** Modifiers the backed phrase may have before its head: "U.S.-backed Kurdish-led fighters". */
const MODIFIER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const MAX_BACKED_WORDS = 5;
const MAX_OWNER_GAP = 3;

const BACKED: AliasRef = {
  kind: "nonstate",
  id: "backed-group",
  name: "backed armed group",
  what: "armed-group",
};
const OPPOSITION: AliasRef = { kind: "nonstate", id: "opposition", name: "opposition", what: "movement" };

function isBacking(tokens: readonly Token[], after: number): boolean {
  return tokens[after]?.text === "-" && BACKING.has(tokens[after + 1]?.norm ?? "");
}

/**
 * The matches after folding "X-backed ...": a proxy group becomes one non-state match from the
 * backer to its head; before an office of a state or a person only the backer goes; before anything
 * else (an act) nothing changes (null).
 */
function foldBacked(
  tokens: readonly Token[],
  matches: readonly PhraseMatch[],
  backer: PhraseMatch,
): PhraseMatch[] | null {
  const start = backer.last + 2;
  let named = false;
  for (let j = start; j < tokens.length && j < start + MAX_BACKED_WORDS;) {
    const m = matches.find((x) => x.first === j);
    if (m) {
      if (isNonState(m) || isOpposition(m) || (isOffice(m) && roleOf(m) === "MIL"))
        return replace(matches, backer.first, m.last, isNonState(m) ? m.refs : [BACKED]);
      // "the Kremlin-backed Assad regime", "Moscow-backed President Yanukovych": a state's own;
      // "Kremlin-backed media" are the backer's (state media), as is an act it backs.
      if (isOffice(m))
        return roleOf(m) === "GOV" || roleOf(m) === "LEADER" ? matches.filter((x) => x !== backer) : null;
      if (m.refs.some((r) => r.kind === "weapon")) return null;
      named ||= m.refs.some((r) => r.kind === "person");
      j = m.last;
      continue;
    }
    const t = tokens[j]!;
    if (PROXY_HEADS.has(t.norm)) return replace(matches, backer.first, j + 1, [BACKED]);
    if (!MODIFIER_POS.has(t.pos) && t.text !== "-") break;
    j++;
  }
  // "the Kremlin-backed Dodik": the person acts for his own state, the backer not at all.
  return named ? matches.filter((x) => x !== backer) : null;
}

/** The matches with those inside [first, last) replaced by one non-state match. */
function replace(
  matches: readonly PhraseMatch[],
  first: number,
  last: number,
  refs: readonly AliasRef[],
): PhraseMatch[] {
  const kept = matches.filter((m) => m.last <= first || m.first >= last);
  return [...kept, { first, last, refs }].sort((a, b) => a.first - b.first);
}

/**
 * The index of the state before a non-state noun that says whose it is: an adjective ("Syrian
 * rebels", "Russian opposition politicians") or a possessive name ("Ukraine's separatists"), with
 * at most a few unmatched modifiers between ("Syrian Kurdish militias"); else null.
 */
function ownerBefore(tokens: readonly Token[], matches: readonly PhraseMatch[], k: number): number | null {
  const group = matches[k]!;
  let j = group.first - 1;
  let possessive = false;
  if (tokens[j]?.norm === "'s" || tokens[j]?.norm === "'") {
    possessive = true;
    j--;
  }
  for (let gap = 0; j >= 0 && gap <= MAX_OWNER_GAP; gap++, j--) {
    const at = matches.findIndex((m) => m.last - 1 === j);
    if (at >= 0) {
      const refs = matches[at]!.refs;
      const adjective = refs.some((r) => r.kind === "actor" && r.form === "adjective");
      const named = refs.some((r) => r.kind === "actor" || r.kind === "person");
      return adjective || (possessive && named) ? at : null;
    }
    if (possessive || !MODIFIER_POS.has(tokens[j]!.pos) || matches.some((m) => m.first <= j && m.last > j))
      return null;
  }
  return null;
}

function isParty(m: PhraseMatch): boolean {
  return m.refs.some((r) => r.kind === "actor" || r.kind === "person" || r.kind === "group");
}

/** Whether a match or mention names only non-state actors. */
export function isNonState(m: PhraseMatch): boolean {
  return m.refs.length > 0 && m.refs.every((r) => r.kind === "nonstate");
}

function isOffice(m: PhraseMatch): boolean {
  return m.refs.length > 0 && m.refs.every((r) => r.kind === "office");
}

function roleOf(m: PhraseMatch): string | null {
  const r = m.refs[0];
  return r && r.kind === "office" ? r.role : null;
}

/** "the opposition": the office noun whose role is the opposition's. */
function isOpposition(m: PhraseMatch): boolean {
  return isOffice(m) && roleOf(m) === "OPPOSITION";
}
