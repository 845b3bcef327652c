import type { Sentence, TimeExpression, Token } from "../../nlp/annotated-document.js";
import { anaphoricDays } from "./anaphoric-day.js";
import { anniversaryDate } from "./anniversary.js";
import { mayDate } from "./attributive-time.js";
import { finerDate } from "./finer-date.js";
import { frameDate } from "./frame-date.js";
import { isImpossibleTime } from "./impossible-time.js";
import { timeDistance } from "./time-distance.js";
import { inClauseOrItsTimePhrase } from "./time-phrase.js";

/**
 * The date of a trigger: the time expression nearest to it in its clause, else in its sentence
 * (see timeDistance), made finer by a compatible one of the sentence (see finerDate); else the
 * time it inherits from the story (see frameDate); else none. Times that modify a noun ("the
 * 2008 war") date only that noun, and days counted from the story ("the following day") count
 * from its last day. A time after publication in a sentence that does not look ahead is no
 * act's (see isImpossibleTime). Two times joined by "and" ("on Wednesday and Thursday") date the
 * act from the first. An act an anniversary marks ("the first anniversary of the invasion") is
 * dated that many years back (see anniversaryDate).
 */
export function eventDate(
  sentences: readonly Sentence[],
  sentence: Sentence,
  triggerFirst: number,
  clause: { start: number; end: number },
  published: string | null,
): string | null {
  const tokens = sentence.tokens;
  const marked = anniversaryDate(sentence, triggerFirst, published);
  if (marked !== undefined) return marked;
  const times = timesOf(sentences, sentence, published).filter(
    (t) =>
      mayDate(tokens, t, triggerFirst) &&
      !isImpossibleTime(sentence, t, published) &&
      !inExample(tokens, t, triggerFirst),
  );
  const inClause = times.filter((t) => inClauseOrItsTimePhrase(tokens, t, clause, triggerFirst));
  const found = closest(sentence, inClause, triggerFirst) ?? closest(sentence, times, triggerFirst);
  const nearest = found && firstConjunct(tokens, times, found);
  if (nearest) return nearest.date === null ? null : finerDate(nearest.date, times);
  return frameDate(sentences, sentence, published);
}

/** Words that open a list of examples: its times are the examples', not the act's. */
const EXAMPLE_OPENERS = new Set(["including", "notably", "especially"]);

/**
 * The time lies after the trigger inside a list of examples: "milestones in defence cooperation,
 * including a ceremony in May 2026" dates the ceremony, not the cooperation.
 */
function inExample(tokens: readonly Token[], time: TimeExpression, triggerFirst: number): boolean {
  if (time.first <= triggerFirst) return false;
  for (let i = time.first - 1; i > triggerFirst; i--) {
    const t = tokens[i]!;
    if (EXAMPLE_OPENERS.has(t.norm) || (t.norm === "such" && tokens[i + 1]?.norm === "as")) return true;
    if (t.pos === "VERB") return false;
    // "supplies, including blankets and medicine, into Tbilisi since Wednesday": the list has closed.
    if (t.text === "," && tokens[i + 1]?.pos === "ADP") return false;
  }
  return false;
}

/** The sentence's time expressions and its days counted from the story, in order. */
function timesOf(
  sentences: readonly Sentence[],
  sentence: Sentence,
  published: string | null,
): readonly TimeExpression[] {
  const story = anaphoricDays(sentences, sentence, published).filter(
    (a) => !sentence.times.some((t) => t.first < a.last && a.first < t.last),
  );
  return story.length ? [...sentence.times, ...story].sort((a, b) => a.first - b.first) : sentence.times;
}

/**
 * "on Wednesday and Thursday", "in 2021 and 2022": the first of the times joined by "and". A time
 * with its own preposition after "and" is a clause's of its own ("in 2014 and on Monday expelled").
 */
function firstConjunct(
  tokens: readonly Token[],
  times: readonly TimeExpression[],
  time: TimeExpression,
): TimeExpression {
  let first = time;
  for (;;) {
    const and = first.first - 1;
    if (tokens[and]?.norm !== "and" || tokens[first.first]?.pos === "ADP") return first;
    const before = times.find((t) => t.last === and && t.date !== null);
    // A span runs forward: "March and April 2030" read as March of another year is no start.
    if (!before || first.date === null || !notAfter(before.date!, first.date)) return first;
    first = before;
  }
}

/** Whether date a (YYYY, YYYY-MM or YYYY-MM-DD) does not begin after date b. */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

function closest(sentence: Sentence, times: readonly TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let distance = Infinity;
  for (const t of times) {
    const d = timeDistance(sentence.tokens, t, at);
    if (d < distance) {
      best = t;
      distance = d;
    }
  }
  return best;
}
