import type { AliasRef, KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Mention, Sentence, TimeExpression, Token } from "./annotated-document.js";
import { composeMentions } from "./mentions.js";
import { compiledAliasTokens, tokenizeAlias } from "./alias-tokens.js";
import { foldNonState, isNonState } from "./non-state.js";
import { buildPhraseMatcher, type PhraseMatcher } from "./phrase-matcher.js";
import { splitSentences } from "./sentences.js";
import { findTimeExpressions } from "./time-expressions.js";
import { namesUn, withUnOrgans } from "./un-organs.js";
import { narrowVagueGroups } from "./vague-groups.js";
import { withoutNamesakes } from "./namesakes.js";

const matchers = new WeakMap<KnowledgeBase, PhraseMatcher>();

/** The phrase matcher of a knowledge base, built on first use, from the aliases' compiled tokens where the build wrote them. */
export function phraseMatcherFor(kb: KnowledgeBase): PhraseMatcher {
  let matcher = matchers.get(kb);
  if (!matcher) {
    const compiled = compiledAliasTokens();
    matcher = buildPhraseMatcher(kb.aliases, (text) => compiled.get(text) ?? tokenizeAlias(text));
    matchers.set(kb, matcher);
  }
  return matcher;
}

/**
 * "ethnic Armenian authorities", "pro-Russian parties", "anti-Kremlin protesters": the adjective
 * names an affiliation, not the state acting.
 */
function isAffiliation(tokens: readonly { norm: string }[], first: number): boolean {
  const previous = tokens[first - 1]?.norm;
  if (previous === "ethnic") return true;
  if (previous === "-") return /^(?:pro|anti)$/.test(tokens[first - 2]?.norm ?? "");
  return previous === "pro-" || previous === "anti-";
}

/** "Turkish-made drones", "Soviet-designed tanks": where a weapon was made, not who acts. */
function isMaker(tokens: readonly { norm: string }[], last: number): boolean {
  return (
    tokens[last]?.norm === "-" &&
    /^(?:made|built|designed|produced|manufactured)$/.test(tokens[last + 1]?.norm ?? "")
  );
}

const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

/**
 * "anti-Russia sanctions", "the anti-Russian campaign", "anti - Kremlin": the state an "anti-"
 * adjective is against. The tokeniser keeps "anti-Russia" as one token, which the phrase matcher
 * cannot see into, so its second half is matched on its own.
 */
function opposedMentions(tokens: readonly Token[], matcher: PhraseMatcher): readonly Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let found: { first: number; last: number; refs: readonly AliasRef[] } | null = null;
    if (token.norm.startsWith("anti-") && token.norm.length > 5) {
      const half = { ...token, norm: token.norm.slice(5), text: token.text.slice(5) };
      const match = matcher.match([half])[0];
      if (match?.last === 1) found = { first: i, last: i + 1, refs: match.refs };
    } else if (token.norm === "anti" && tokens[i + 1]?.norm === "-") {
      const match = matcher.match(tokens.slice(i + 2, i + 6))[0];
      if (match?.first === 0) found = { first: i, last: i + 2 + match.last, refs: match.refs };
    }
    const refs = found?.refs.filter((r) => r.kind === "actor") ?? [];
    if (!found || !refs.length) continue;
    const text = tokens
      .slice(found.first, found.last)
      .map((t) => t.text)
      .join("");
    (out ??= []).push({ first: found.first, last: found.last, text, refs });
  }
  return out ?? NO_MENTIONS;
}

/** Nouns after "pro-<seat of government>" that make it the state's own media apparatus. */
const STATE_MEDIA = new Set([
  "media",
  "outlets",
  "channels",
  "bloggers",
  "websites",
  "sites",
  "accounts",
  "trolls",
  "disinformation",
  "propaganda",
  "television",
]);

const seatsCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, string>>();

/** One-word government metonyms of states ("kremlin" -> RUS), lower case, from the knowledge base. */
function governmentSeats(kb: KnowledgeBase): ReadonlyMap<string, string> {
  let seats = seatsCache.get(kb);
  if (!seats) {
    const found = new Map<string, string>();
    for (const a of kb.aliases) {
      const word = a.text.replace(/^the /i, "").toLowerCase();
      if (a.ref.kind === "actor" && a.ref.form === "metonym" && a.ref.role === "GOV" && !word.includes(" "))
        found.set(word, a.ref.code);
    }
    seats = found;
    seatsCache.set(kb, seats);
  }
  return seats;
}

/**
 * "pro-Kremlin media", "pro-Kremlin disinformation": unlike "pro-Russian separatists", a seat of
 * government's own media apparatus, so the word stands for that state in the media role. The
 * tokeniser keeps "pro-Kremlin" as one token, which the phrase matcher cannot see into.
 */
function withStateMedia(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  kb: KnowledgeBase,
): readonly Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (!norm.startsWith("pro-") || !STATE_MEDIA.has(tokens[i + 1]?.norm ?? "")) continue;
    const code = governmentSeats(kb).get(norm.slice(4));
    if (!code) continue;
    (out ??= [...mentions]).push({
      first: i,
      last: i + 1,
      text: tokens[i]!.text,
      refs: [{ kind: "actor", code, role: "MEDIA", form: "adjective" }],
    });
  }
  return out ? out.sort((a, b) => a.first - b.first) : mentions;
}

/** Where a sentence keeps what finding its time expressions needs, and then the result. */
const PENDING = Symbol("pending times");

interface PendingTimes {
  readonly published: string | null;
  times: readonly TimeExpression[] | undefined;
}

type SentenceState = Omit<Sentence, "times"> & { readonly [PENDING]: PendingTimes };

/**
 * One getter shared by every sentence, so that all sentences have the same hidden class (a
 * closure per sentence gave each its own, and every property read of the coder's went
 * megamorphic). `times` stays an enumerable own accessor, as before.
 */
const TIMES: PropertyDescriptor = {
  enumerable: true,
  get(this: SentenceState): readonly TimeExpression[] {
    const pending = this[PENDING];
    return (pending.times ??= findTimeExpressions(this.text, this.start, this.tokens, pending.published));
  },
};

/** Sentences, tokens, knowledge-base mentions and time expressions of a document's main text. */
export function annotate(mainText: string, published: string | null, kb: KnowledgeBase): AnnotatedDocument {
  const matcher = phraseMatcherFor(kb);
  let unNamed = false;
  const sentences: Sentence[] = splitSentences(mainText).map((raw, index) => {
    const text = mainText.slice(raw.start, raw.end);
    const mentions = withUnOrgans(
      mainText,
      raw.tokens,
      withStateMedia(
        raw.tokens,
        narrowVagueGroups(
          mainText,
          raw.tokens,
          composeMentions(
            mainText,
            raw.tokens,
            foldNonState(raw.tokens, withoutNamesakes(raw.tokens, matcher.match(raw.tokens), kb)),
          ).filter(
            // "pro-Russian separatists" are still separatists.
            (m) => isNonState(m) || (!isAffiliation(raw.tokens, m.first) && !isMaker(raw.tokens, m.last)),
          ),
        ),
        kb,
      ),
      unNamed,
    );
    unNamed ||= mentions.some(namesUn);
    const sentence = {
      index,
      paragraph: raw.paragraph,
      text,
      start: raw.start,
      end: raw.end,
      tokens: raw.tokens,
      mentions,
      opposed: opposedMentions(raw.tokens, matcher),
    };
    // Time expressions are found on first use: most sentences never need theirs, and chrono is
    // the costliest step after the tagger. A sentence's dates depend on itself and the
    // publication date only, so when they are found does not change what they are.
    Object.defineProperty(sentence, PENDING, { value: { published, times: undefined } });
    return Object.defineProperty(sentence, "times", TIMES) as Sentence;
  });
  return { kind: "AnnotatedDocument", mainText, published, sentences };
}
