import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence, Token } from "../../nlp/annotated-document.js";
import { isBoundary } from "../arguments/clause.js";

/** What a definite description may stand for, from cues.yaml `anaphora`. */
export interface AnaphoraCues {
  /** Head nouns that refer back to a state: "the country", "the small Adriatic nation". */
  readonly state: readonly string[];
  /** Head nouns that refer back to a bloc, each with the blocs it may name: alliance -> NATO, CSTO. */
  readonly bloc: Readonly<Record<string, readonly string[]>>;
  /** Plural heads after "both" or "the two" that refer back to two states named together. */
  readonly pair: readonly string[];
  /**
   * Plural heads of people or sides after "both"/"the two" that refer back to two parties ("the two
   * leaders"), and heads that do after "the" alone ("the sides"): for the learned scorer's parties only.
   */
  readonly partyPair: readonly string[];
  readonly pairAlone: readonly string[];
  /** Heads after "its"/"their" that name another state tied to the subject: "its ally". */
  readonly allied: readonly string[];
}

/** How many sentences back an antecedent may be. */
const REACH = 3;
/** Modifiers allowed between "the" and the head: "the small Adriatic country", "the former Soviet republic". */
const MAX_MODIFIERS = 3;
const NOT_ANAPHORIC = new Set([
  "first",
  "second",
  "third",
  "last",
  "only",
  "next",
  "other",
  "another",
  "same",
  "largest",
  "biggest",
  "smallest",
  "poorest",
  "richest",
  "whole",
  "entire",
]);
const MODIFIER_POS = new Set(["ADJ", "PROPN", "NUM", "VERB", "NOUN"]);

/**
 * "the country", "the small Adriatic country", "the alliance", "the bloc": definite descriptions
 * that name no actor by themselves take the actor they refer back to.
 *
 * A state description takes the nearest state named before it (in its sentence, then up to three
 * sentences back) that stands as a subject or possessor: not after a preposition, not an
 * adjective ("Russian officials"), and not the subject of the description's own clause ("Britain
 * delivered missiles to the country" is not Britain). A bloc description takes the nearest mention
 * of one of the blocs its head may name. Descriptions already inside a knowledge-base mention
 * ("the Western military alliance") are left alone. Returns the sentence's mentions with the
 * resolved descriptions added, in token order; the same array when there are none.
 *
 * With `parties`, only the references the learned scorer reads as well (after the pass without it):
 * "the two leaders", "both sides", "the sides" (cues `partyPair`, `pairAlone`) and a sentence
 * opening with "they" after one naming two or more states together. The trigger frames do without
 * them: their rules misread too many of the sentences that open so.
 */
export function resolveDefiniteAnaphora(
  sentence: Sentence,
  previous: readonly Sentence[],
  cues: AnaphoraCues,
  boundaries: ReadonlySet<string>,
  kb: KnowledgeBase,
  parties = false,
): readonly Mention[] {
  const tokens = sentence.tokens;
  let added: Mention[] | null = null;
  // "leaders" of "the two leaders" is an office naming no state: the description replaces it.
  let mentions = sentence.mentions;
  const covered = (first: number, last: number, offices: boolean): boolean =>
    mentions.some((m) => m.first <= last && m.last > first && !(offices && isOffice(m)));
  for (let i = 0; i < tokens.length; i++) {
    const description = pairDescription(tokens, i, cues, parties);
    const pairHead = description?.head ?? null;
    if (pairHead !== null && !covered(i, pairHead, true)) {
      const pair =
        description!.count === 2
          ? nearestPair(sentence, i, previous, kb)
          : nearestList(sentence, i, previous, kb, description!.count);
      if (pair) {
        // "the leaders of the two countries": the office before "of" is the pair's too.
        const office =
          tokens[i - 1]?.norm === "of" ? mentions.find((m) => m.last === i - 1 && isOffice(m)) : undefined;
        const start = office?.first ?? i;
        mentions = mentions.filter((m) => !(m.first <= pairHead && m.last > start));
        const text = sentence.text.slice(
          tokens[start]!.start - sentence.start,
          tokens[pairHead]!.end - sentence.start,
        );
        (added ??= []).push({
          first: start,
          last: pairHead + 1,
          text,
          refs: [{ kind: "group", id: text.toLowerCase(), members: pair, as: null }],
        });
        i = pairHead;
        continue;
      }
    }
    // "They discussed ...": a sentence opening with "they" after one naming two or more states together.
    if (parties && i === 0 && tokens[0]!.norm === "they" && tokens[0]!.pos === "PRON" && previous.length) {
      const together = statesTogether(previous[previous.length - 1]!, kb);
      if (together) {
        (added ??= []).push({
          first: 0,
          last: 1,
          text: tokens[0]!.text,
          refs: [{ kind: "group", id: "they", members: together, as: null }],
        });
        continue;
      }
    }
    if (parties) continue;
    const determiner = tokens[i]!.norm;
    const possessive = determiner === "its" || determiner === "their";
    if (determiner !== "the" && !possessive) continue;
    const head = possessive ? alliedAfter(tokens, i, cues) : headAfter(tokens, i, cues);
    if (head === null) continue;
    if (covered(i, head, false)) continue;
    // "the Republic of Bangladesh", "the nation of Georgia": a style naming the state after "of".
    if (tokens[head + 1]?.norm === "of" && mentions.some((m) => m.first === head + 2)) continue;
    const noun = tokens[head]!.norm;
    const blocs = cues.bloc[noun];
    const code = blocs
      ? (nearestBloc(sentence, i, previous, blocs) ?? earlierBloc(previous, blocs))
      : nearestState(sentence, i, head, previous, boundaries, kb);
    if (!code) continue;
    const text = sentence.text.slice(tokens[i]!.start - sentence.start, tokens[head]!.end - sentence.start);
    (added ??= []).push({
      first: i,
      last: head + 1,
      text,
      refs: [{ kind: "actor", code, role: null, form: "name" }],
    });
    i = head;
  }
  if (!added) return sentence.mentions;
  return [...mentions, ...added].sort((a, b) => a.first - b.first);
}

function isOffice(m: Mention): boolean {
  return m.refs.length > 0 && m.refs.every((r) => r.kind === "office");
}

/**
 * The states a sentence names together, for a "they" opening the next: the last list of two or
 * more joined by "and" or commas ("Egypt, Greece and Cyprus"), else the members of a group it
 * names ("both sides", "the Baltic states"), else the two states of a sentence
 * naming exactly two ("Putin spoke with the President of Finland"); null otherwise.
 */
function statesTogether(s: Sentence, kb: KnowledgeBase): readonly string[] | null {
  const ms = s.mentions;
  for (let k = ms.length - 1; k > 0; k--) {
    const codes: string[] = [];
    for (let j = k; j >= 0; j--) {
      if (j < k && !listed(s.tokens, ms[j]!.last, ms[j + 1]!.first)) break;
      const code = stateOf(ms[j]!, s, kb);
      if (!code) break;
      codes.unshift(code);
    }
    const unique = [...new Set(codes)];
    if (unique.length >= 2) return unique;
  }
  // "Both sides agreed. They ...": the states a description of the sentence stood for.
  for (let k = ms.length - 1; k >= 0; k--)
    for (const r of ms[k]!.refs) if (r.kind === "group" && !r.as && r.members.length >= 2) return r.members;
  return exactlyTwo(s, kb);
}

/** The two states a sentence names, by name or through their people, when it names exactly two. */
function exactlyTwo(s: Sentence, kb: KnowledgeBase): readonly string[] | null {
  const codes = new Set<string>();
  for (const m of s.mentions) {
    const code = stateOf(m, s, kb);
    if (code) codes.add(code);
  }
  return codes.size === 2 ? [...codes] : null;
}

/** "its longtime ally", "their closest partner": the head after a possessive, or null. */
function alliedAfter(tokens: readonly Token[], its: number, cues: AnaphoraCues): number | null {
  for (let j = its + 1; j <= its + 1 + MAX_MODIFIERS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (cues.allied.includes(t.norm)) return tokens[j + 1]?.pos === "NOUN" ? null : j;
    if (t.pos !== "ADJ" && t.pos !== "ADV") return null;
  }
  return null;
}

/** The head noun of "the [modifiers] country", or null. */
function headAfter(tokens: readonly Token[], the: number, cues: AnaphoraCues): number | null {
  for (let j = the + 1; j <= the + 1 + MAX_MODIFIERS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (cues.state.includes(t.norm) || t.norm in cues.bloc) {
      // "the country's", "the country": a head; "the country club": not.
      const next = tokens[j + 1];
      if (next && next.pos === "NOUN" && next.norm !== "'s") return null;
      return j;
    }
    // "the first European country to", "the only country": a description, not a reference back.
    if (!MODIFIER_POS.has(t.pos) || t.text === "," || t.pos === "PUNCT" || NOT_ANAPHORIC.has(t.norm))
      return null;
  }
  return null;
}

function nearestBloc(
  sentence: Sentence,
  at: number,
  previous: readonly Sentence[],
  blocs: readonly string[],
): string | null {
  const pick = (mentions: readonly Mention[], before: number): string | null => {
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.last > before) continue;
      for (const r of m.refs) {
        if (r.kind === "actor" && blocs.includes(r.code)) return r.code;
        if (r.kind === "group" && r.as && blocs.includes(r.as)) return r.as;
      }
    }
    return null;
  };
  return searchBack(sentence, at, previous, (s, before) => pick(s.mentions, before));
}

/**
 * "The alliance" further down an article about NATO is NATO (test/corpus-real/ANNOTATION.md,
 * clarification 2): beyond the usual reach, the last bloc of the head's kinds named anywhere
 * before in the document.
 */
function earlierBloc(previous: readonly Sentence[], blocs: readonly string[]): string | null {
  for (let s = previous.length - 1 - REACH; s >= 0; s--) {
    const found = nearestBloc(previous[s]!, Infinity, [], blocs);
    if (found) return found;
  }
  return null;
}

/**
 * Salience in the manner of Lappin and Leass: every state named in the window scores for each
 * mention (more as a subject or possessor, less as an adjective or after a preposition, less the
 * further back), and the highest total wins. The subject of the description's own clause is not a
 * candidate ("Britain delivered missiles to the country") unless the description is a possessive
 * ("the Belarusian leader ordered troops to the country's border").
 */
function nearestState(
  sentence: Sentence,
  at: number,
  head: number,
  previous: readonly Sentence[],
  boundaries: ReadonlySet<string>,
  kb: KnowledgeBase,
): string | null {
  const possessive = sentence.tokens[head + 1]?.norm === "'s";
  const ownClause = possessive ? -1 : clauseStartOf(sentence.tokens, at, boundaries);
  const scores = new Map<string, number>();
  score(sentence, at, 0, ownClause, kb, scores);
  for (let s = previous.length - 1; s >= 0 && previous.length - s <= REACH; s--)
    score(previous[s]!, Infinity, previous.length - s, -1, kb, scores);
  // The state the headline is about is what "the country" most often means further down.
  const title = previous[0] ?? sentence;
  for (const m of title.mentions) {
    const code =
      m.last <= (title === sentence ? at : Infinity) && !isAdjective(m) ? stateOf(m, title, kb) : null;
    if (code && scores.has(code)) scores.set(code, scores.get(code)! + TOPIC_BONUS);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, value] of scores)
    if (value > bestScore) {
      best = code;
      bestScore = value;
    }
  return best;
}

const BASE = 10;
const TOPIC_BONUS = 25;
const SUBJECT_BONUS = 8;
const ADJECTIVE_PENALTY = 5;
const SAME_SENTENCE_BONUS = 4;
const PER_SENTENCE_BACK = 3;

function score(
  sentence: Sentence,
  before: number,
  back: number,
  ownClause: number,
  kb: KnowledgeBase,
  scores: Map<string, number>,
): void {
  const tokens = sentence.tokens;
  // Each sentence counts a state once, by its most salient mention there.
  const best = new Map<string, number>();
  for (const m of sentence.mentions) {
    if (m.last > before) continue;
    if (ownClause >= 0 && m.first >= ownClause && isClauseSubject(tokens, m, ownClause)) continue;
    const code = stateOf(m, sentence, kb);
    if (!code) continue;
    let value = BASE + (back === 0 ? SAME_SENTENCE_BONUS : -PER_SENTENCE_BACK * back);
    if (isAdjective(m)) value -= ADJECTIVE_PENALTY;
    else if (!afterPreposition(tokens, m)) value += SUBJECT_BONUS;
    best.set(code, Math.max(best.get(code) ?? 0, value));
  }
  for (const [code, value] of best) scores.set(code, (scores.get(code) ?? 0) + value);
}

function isAdjective(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "actor" && r.form === "adjective");
}

/** The state a mention names: directly, by metonym or adjective, or through a person in office. */
function stateOf(m: Mention, sentence: Sentence, kb: KnowledgeBase): string | null {
  for (const r of m.refs) {
    if (r.kind === "actor" && kb.states.has(r.code)) return r.code;
    if (r.kind === "person") {
      const code = kb.resolvePerson(r.id, sentence.times[0]?.date ?? null).code;
      if (kb.states.has(code)) return code;
    }
  }
  return null;
}

/** "with Moldova", "with Moldova and Ukraine", "from the Kremlin": inside a prepositional phrase. */
function afterPreposition(tokens: readonly Token[], m: Mention): boolean {
  let j = m.first - 1;
  while (j >= 0) {
    const t = tokens[j]!;
    if (t.pos === "ADP") return t.norm !== "of";
    if (t.pos === "DET" || t.pos === "ADJ" || t.norm === "and" || t.text === "," || t.pos === "PROPN") {
      j--;
      continue;
    }
    return false;
  }
  return false;
}

/** Whether a mention opens its clause (only determiners before it). */
function isClauseSubject(tokens: readonly Token[], m: Mention, clauseStart: number): boolean {
  for (let j = clauseStart; j < m.first; j++) {
    const t = tokens[j]!;
    if (t.pos !== "DET" && t.pos !== "PUNCT" && t.pos !== "CCONJ" && t.pos !== "SCONJ") return false;
  }
  return true;
}

function clauseStartOf(tokens: readonly Token[], at: number, boundaries: ReadonlySet<string>): number {
  for (let j = at - 1; j >= 0; j--) {
    if (isBoundary(tokens, j, boundaries)) return j + 1;
    // ", and Britain delivered": a coordinated clause starts after the conjunction.
    if (tokens[j]!.pos === "CCONJ" && tokens[j - 1]?.text === ",") return j + 1;
  }
  return 0;
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * "both countries", "the two countries", "the four capitals", "all three governments": the head
 * noun's index and how many states it counts, or null.
 */
function pairDescription(
  tokens: readonly Token[],
  i: number,
  cues: AnaphoraCues,
  parties: boolean,
): { head: number; count: number } | null {
  const t = tokens[i]!.norm;
  const count = COUNTS[tokens[i + 1]?.norm ?? ""];
  let head = -1;
  let n = 2;
  if (parties && t === "the" && cues.pairAlone.includes(tokens[i + 1]?.norm ?? ""))
    return { head: i + 1, count: 2 };
  if (t === "both") head = i + 1;
  else if ((t === "the" || t === "all") && count !== undefined) {
    head = i + 2;
    n = count;
  } else return null;
  const noun = tokens[head]?.norm ?? "";
  return (parties ? cues.partyPair : cues.pair).includes(noun) ? { head, count: n } : null;
}

/**
 * The last list of exactly `count` states named together ("Estonia, Latvia, Lithuania and
 * Poland", or a group of that many: "the Baltic states") before the description.
 */
function nearestList(
  sentence: Sentence,
  at: number,
  previous: readonly Sentence[],
  kb: KnowledgeBase,
  count: number,
): readonly string[] | null {
  const pick = (s: Sentence, before: number): readonly string[] | null => {
    const ms = s.mentions;
    for (let k = ms.length - 1; k >= 0; k--) {
      const b = ms[k]!;
      if (b.last > before) continue;
      // The list must end here: not "Lithuania" of "Estonia, Latvia, Lithuania and Poland".
      const next = ms[k + 1];
      if (next && next.last <= before && listed(s.tokens, b.last, next.first)) continue;
      const codes: string[] = [];
      let first = k;
      for (let j = k; j >= 0; j--) {
        const m = ms[j]!;
        if (j < k && !listed(s.tokens, m.last, ms[j + 1]!.first)) break;
        const group = m.refs.find((r) => r.kind === "group");
        const members = group && group.kind === "group" ? group.members : [stateOf(m, s, kb)];
        if (members.some((c) => c === null)) break;
        codes.unshift(...(members as string[]));
        first = j;
      }
      const unique = [...new Set(codes)];
      // A longer list is not this one: "Estonia, Latvia and Lithuania" for "the two countries".
      if (unique.length === count && !listed(s.tokens, ms[first - 1]?.last ?? -1, ms[first]!.first))
        return unique;
    }
    return null;
  };
  return searchBack(sentence, at, previous, pick);
}

/** Whether the tokens between two mentions join them in a list: ",", "and", ", and". */
function listed(tokens: readonly Token[], from: number, to: number): boolean {
  if (from < 0) return false;
  const gap = tokens.slice(from, to).map((t) => t.norm);
  return (
    (gap.length === 1 && (gap[0] === "," || gap[0] === "and")) ||
    (gap.length === 2 && gap[0] === "," && gap[1] === "and")
  );
}

/**
 * The last two states named together ("North Macedonia and Albania") before the description; when
 * no sentence in reach names two together, those of the last earlier sentence naming exactly two ("Putin spoke
 * with the President of Finland. The two leaders ...").
 */
function nearestPair(
  sentence: Sentence,
  at: number,
  previous: readonly Sentence[],
  kb: KnowledgeBase,
): readonly string[] | null {
  const pick = (s: Sentence, before: number): readonly string[] | null => {
    const ms = s.mentions;
    for (let k = ms.length - 1; k >= 0; k--) {
      const b = ms[k]!;
      if (b.last > before) continue;
      const group = b.refs.find((r) => r.kind === "group" && r.members.length === 2);
      if (group && group.kind === "group") return group.members;
      const a = ms[k - 1];
      if (!a || s.tokens[a.last]?.norm !== "and" || a.last + 1 !== b.first) continue;
      // "Estonia and Finland" of "Latvia, Estonia and Finland" is no pair.
      const z = ms[k - 2];
      if (z && listed(s.tokens, z.last, a.first)) continue;
      const ca = stateOf(a, s, kb);
      const cb = stateOf(b, s, kb);
      if (ca && cb && ca !== cb) return [ca, cb];
    }
    return null;
  };
  return (
    searchBack(sentence, at, previous, pick) ??
    searchBack(sentence, at, previous, (s, before) => (before === Infinity ? exactlyTwo(s, kb) : null))
  );
}

/** The first answer of `pick` in the sentence before `at`, then in each of the last sentences. */
function searchBack<T>(
  sentence: Sentence,
  at: number,
  previous: readonly Sentence[],
  pick: (s: Sentence, before: number) => T | null,
): T | null {
  const here = pick(sentence, at);
  if (here !== null) return here;
  for (let s = previous.length - 1; s >= 0 && previous.length - s <= REACH; s--) {
    const found = pick(previous[s]!, Infinity);
    if (found !== null) return found;
  }
  return null;
}
