import type { Sentence, TimeExpression } from "../nlp/annotated-document.js";

/**
 * The date of a trigger: the time expression nearest to it in its clause, else in its sentence,
 * else the nearest earlier one in its paragraph; else none.
 */
export function eventDate(
  sentences: readonly Sentence[],
  sentence: Sentence,
  triggerFirst: number,
  clause: { start: number; end: number },
): string | null {
  const inClause = sentence.times.filter((t) => t.first >= clause.start && t.last <= clause.end);
  const nearest = closest(inClause, triggerFirst) ?? closest(sentence.times, triggerFirst);
  if (nearest) return nearest.date;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const earlier = sentences[k]!;
    if (earlier.paragraph !== sentence.paragraph) break;
    const last = earlier.times[earlier.times.length - 1];
    if (last) return last.date;
  }
  return null;
}

function closest(times: readonly TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let distance = Infinity;
  for (const t of times) {
    const d = t.last <= at ? at - t.last : t.first - at;
    if (d < distance) {
      best = t;
      distance = d;
    }
  }
  return best;
}
