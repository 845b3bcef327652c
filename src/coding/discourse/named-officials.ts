import type { AliasRef } from "../../knowledge/types.js";
import type { ActorRole } from "../event.js";
import type { Mention, Sentence, Token } from "../../nlp/annotated-document.js";
import { titleReferences } from "./official-titles.js";

/**
 * Officials the knowledge base does not know, named once under a title that says whose they are
 * and later by their surname: "Assistant Secretary for European and Eurasian Affairs Dr. Jane Roe
 * will travel to Riga ... Assistant Secretary Roe will then travel to Vilnius", "U.S. Special Envoy
 * John Doe ... Special Envoy Doe will meet". The title and the name after it become one mention of
 * the title's state, marked `official` (a person: "she" stands for it); each later surname, with
 * the capitalised words before it ("Dr.", "Counselor"), is a mention of the same state.
 *
 * A title is an actor mention with a role ("Counselor of the Department", "Czech Ambassador"), or
 * a state's name before an office ("U.S. Special Envoy"); the name is two or more capitalised
 * proper nouns right after it, inside no other mention. Sentence i of the result depends only on
 * sentences 0..i.
 */
export function namedOfficials(sentences: readonly Sentence[]): Sentence[] {
  const officials = new Map<string, Official>();
  return sentences.map((sentence) => {
    const introduced = introduce(sentence, officials);
    const named = remention(sentence, introduced, officials);
    const mentions = titleReferences(sentence, named, [...officials.values()]);
    return mentions === sentence.mentions ? sentence : { ...sentence, mentions };
  });
}

/** An official recorded by surname: the state's ref, and the titles ("deputy secretary of state"). */
export interface Official {
  readonly ref: AliasRef;
  /** Each a title's words in lower case, without the state's name or adjective before it. */
  readonly titles: readonly (readonly string[])[];
}

/** Merges each title with the name after it, and records the name's surname. */
function introduce(sentence: Sentence, officials: Map<string, Official>): readonly Mention[] {
  const { tokens, mentions } = sentence;
  const out: Mention[] = [];
  let changed = false;
  for (let k = 0; k < mentions.length; k++) {
    const title = mentions[k]!;
    const official = officialAt(sentence, k);
    if (!official) {
      out.push(title);
      continue;
    }
    const { next, titles, ...mention } = official;
    officials.set(tokens[mention.last - 1]!.norm, { ref: mention.refs[0]!, titles });
    out.push(mention);
    changed = true;
    k = next - 1;
  }
  return changed ? out : mentions;
}

/** The title at mention k merged with the name after it, its titles, and the next mention's index. */
function officialAt(sentence: Sentence, k: number): (Mention & { next: number; titles: string[][] }) | null {
  const { tokens, mentions } = sentence;
  const title = mentions[k]!;
  const ref = titleRef(title);
  // "former Finnish president Martti Ahtisaari" acts for his state no longer.
  if (!ref || FORMER.has(tokens[title.first - 1]?.norm ?? "")) return null;
  const words = (from: number, to: number) => tokens.slice(from, to).map((t) => t.norm);
  let end = title.last;
  let role = ref.role;
  let next = k + 1;
  // "Deputy Secretary of State", "Counselor of the Department"; "Czech Ambassador" without "Czech".
  let titleStart = ref.form === "metonym" ? title.first : title.first + 1;
  if (role === null) {
    titleStart = title.last;
    // "U.S. Special Envoy": a state's name, title words, then the office.
    const office = mentions[next]?.refs[0];
    if (office?.kind === "office" && allTitleWords(tokens, end, mentions[next]!.first)) {
      role = office.role;
      end = mentions[next]!.last;
      next++;
    }
  }
  let nameStart = end;
  const nameEnd = nameRun(tokens, end, mentions[next]?.first ?? tokens.length);
  // "Department of State Counselor Derek Chollet", "German State Secretary Miguel Berger": the
  // run's last title word ends the title.
  for (let i = end; i < nameEnd; i++) if (TITLE_HEADS.has(tokens[i]!.norm)) nameStart = i + 1;
  // A state's name or adjective alone is no title.
  if (role === null && nameStart === end && end === title.last) return null;
  if (nameEnd - nameStart < 2 || tokens[nameEnd]?.pos === "PROPN") return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[nameEnd - 1]!.text)) return null;
  if (tokens.slice(end, nameEnd).some((t) => INSTITUTIONS.has(t.norm))) return null;
  const text = sentence.text.slice(
    tokens[title.first]!.start - sentence.start,
    tokens[nameEnd - 1]!.end - sentence.start,
  );
  const refs: AliasRef[] = [{ kind: "actor", code: ref.code, role: role ?? "GOV", form: "name" }];
  const titles = [words(titleStart, nameStart)];
  if (nameStart > end && titleStart < end) titles.push(words(end, nameStart));
  return { first: title.first, last: nameEnd, text, refs, official: true, next, titles };
}

/** Later surnames of recorded officials, with the capitalised words before them. */
function remention(
  sentence: Sentence,
  mentions: readonly Mention[],
  officials: ReadonlyMap<string, Official>,
): readonly Mention[] {
  const { tokens } = sentence;
  let out: Mention[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const actor = officials.get(tokens[i]!.norm)?.ref;
    if (!actor || tokens[i]!.pos !== "PROPN" || tokens[i + 1]?.pos === "PROPN") continue;
    const current: readonly Mention[] = out ?? mentions;
    if (current.some((m) => m.first <= i && i < m.last)) continue;
    let first = i;
    while (
      first > 0 &&
      tokens[first - 1]!.pos === "PROPN" &&
      /^\p{Lu}/u.test(tokens[first - 1]!.text) &&
      !current.some((m) => m.first < first && first - 1 < m.last)
    )
      first--;
    // "the Roe plan", "the Doe report": the name of something the official made.
    if (tokens[first - 1]?.pos === "DET") continue;
    const text = sentence.text.slice(tokens[first]!.start - sentence.start, tokens[i]!.end - sentence.start);
    const mention: Mention = { first, last: i + 1, text, refs: [actor], official: true };
    out = [...current.filter((m) => m.last <= first || m.first > i), mention].sort(
      (a, b) => a.first - b.first,
    );
  }
  return out ?? mentions;
}

/** The state a title names: an actor mention with a role, or a state's name (role to come). */
function titleRef(
  m: Mention,
): { code: string; role: ActorRole | null; form: "name" | "adjective" | "metonym" } | null {
  if (m.refs.length !== 1) return null;
  const ref = m.refs[0]!;
  if (ref.kind !== "actor") return null;
  return { code: ref.code, role: ref.role, form: ref.form };
}

/** Capitalised words of a title between a state's name and its office: "Special". */
function allTitleWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (tokens[i]!.pos !== "PROPN" || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  return to - from <= 2;
}

/** Where the run of capitalised proper nouns from `at` ends (before `limit`, the next mention). */
function nameRun(tokens: readonly Token[], at: number, limit: number): number {
  let i = at;
  while (i < limit && tokens[i]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[i]!.text)) i++;
  return i;
}

/** The last word of an official's title, before the name: "State Secretary Miguel Berger". */
const TITLE_HEADS = new Set([
  "secretary",
  "minister",
  "ambassador",
  "envoy",
  "counselor",
  "counsellor",
  "adviser",
  "advisor",
  "commissioner",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "representative",
  "coordinator",
]);

const FORMER = new Set(["former", "ex", "late", "then"]);

/** Words of an institution's name, not a person's: "the Kremlin Press Service". */
const INSTITUTIONS = new Set([
  "service",
  "office",
  "ministry",
  "department",
  "council",
  "committee",
  "agency",
  "affairs",
  "security",
  "forces",
  "press",
  "bureau",
  "embassy",
  "mission",
  "administration",
  "government",
  "commission",
  "assembly",
  "parliament",
  "house",
  "court",
  "bank",
  "fund",
  "group",
]);
