import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { modifiedNounEnd } from "./attributive-time.js";
import { resolveMention } from "../arguments/resolve-mention.js";
import { timeDistance } from "./time-distance.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";

/** How many days before publication a restated event may lie: the story's news, not its past. */
const WINDOW_DAYS = 7;

/** Verbs too light to tell one act from another ("had a conversation", "was a meeting"). */
const LIGHT = new Set(["be", "have", "do", "make", "hold", "take", "give"]);

/** Words that make a later mention another, earlier act: "they last spoke in March". */
const ANOTHER = new Set([
  "last",
  "previous",
  "previously",
  "earlier",
  "ago",
  "since",
  "first",
  "former",
  "again",
]);

/**
 * A lead states the news without its time ("Putin had a telephone conversation with Merkel and
 * Macron"); a later sentence of the same story restates it with one ("On August 22 the leaders of
 * Russia, Germany and France had a telephone conversation"). An event stated without a time takes
 * the time of the first later sentence that repeats its trigger's content words, names both its
 * parties and has a time: the one nearest the repeated words, if it is of the story's days (on or
 * up to a week before publication, or publication's month). A mention marked as another occasion
 * ("they last spoke in March", "a week ago") or dated to other days lends nothing.
 */
export function restatedDate(
  doc: AnnotatedDocument,
  sentence: Sentence,
  match: TriggerMatch,
  actor: string,
  target: string,
  kb: KnowledgeBase,
): string | null {
  const published = doc.published;
  if (!published) return null;
  const words = contentLemmas(sentence, match);
  if (!words.length) return null;
  for (const later of doc.sentences.slice(sentence.index + 1)) {
    if (!later.times.some((t) => t.date)) continue;
    const lemmas = new Set(later.tokens.map((t) => t.lemma.toLowerCase()));
    if (!words.every((w) => lemmas.has(w))) continue;
    if (marksAnother(later)) continue;
    const names = (code: string) =>
      later.mentions.some((m) =>
        resolveMention(m, published, kb, { allowPlaces: true }).some((p) => p.code === code),
      );
    if (!names(actor) || !names(target)) continue;
    // The time nearest the repeated words dates them: "Today the US said Russia attacked in
    // February" dates the attack in February, and that is another day than the story's.
    const at = later.tokens.findIndex((t) => t.lemma.toLowerCase() === words[words.length - 1]);
    let best: string | null = null;
    let distance = Infinity;
    for (const time of later.times) {
      // "today's events" dates the events, not the act restated.
      if (!time.date || modifiedNounEnd(later.tokens, time) >= 0 || possessive(later, time.last)) continue;
      const d = timeDistance(later.tokens, time, at);
      if (d < distance) [best, distance] = [time.date, d];
    }
    if (best && ofTheStory(best, published)) return best;
  }
  return null;
}

/**
 * Whether a later mention's date may date the news stated first without one: not when the
 * mention is marked as another occasion or its date is not of the story's days (unknown without
 * a publication date: then any).
 */
export function lendsDate(later: Sentence, date: string, published: string | null): boolean {
  return !marksAnother(later) && (published === null || ofTheStory(date, published));
}

function marksAnother(sentence: Sentence): boolean {
  return sentence.tokens.some((t) => ANOTHER.has(t.norm));
}

/** The trigger's nouns and verbs but light verbs: what a restatement repeats. */
function contentLemmas(sentence: Sentence, match: TriggerMatch): string[] {
  const out: string[] = [];
  for (const t of sentence.tokens.slice(match.first, match.last)) {
    const lemma = t.lemma.toLowerCase();
    if ((t.pos === "NOUN" || t.pos === "VERB") && !LIGHT.has(lemma)) out.push(lemma);
  }
  return out;
}

/** A day from publication back a week, or publication's month. */
function ofTheStory(date: string, published: string): boolean {
  if (date.length === 7) return published.startsWith(date);
  if (date.length !== 10 || published.length < 10) return false;
  const days = (Date.parse(published.slice(0, 10)) - Date.parse(date)) / 86_400_000;
  return days >= 0 && days <= WINDOW_DAYS;
}

/** "today's events": a time in the possessive belongs to its noun. */
function possessive(sentence: Sentence, after: number): boolean {
  return /^['’]s$/.test(sentence.tokens[after]?.text ?? "");
}
