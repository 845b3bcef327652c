import type { KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { resolveMention } from "../arguments/resolve-mention.js";
import { timeDistance } from "./time-distance.js";

/** How many sentences after the headline make its lead. */
const LEAD = 4;

/**
 * A headline states the news without its date ("Rubio's Call with Wadephul", "Cairo summit
 * denounces Turkish-Libyan deal"); the lead retells it with one ("Rubio spoke today with
 * Wadephul", "On Wednesday, ministers in Cairo denounced ..."). An event of the headline takes
 * the time of the first lead sentence that names both its parties and has a time: the one
 * nearest to their names. Null for any other sentence, or when no lead sentence qualifies.
 */
export function headlineDate(
  doc: AnnotatedDocument,
  sentence: Sentence,
  actor: string,
  target: string,
  kb: KnowledgeBase,
): string | null {
  if (!isHeadline(doc, sentence)) return null;
  for (const lead of doc.sentences.slice(1, 1 + LEAD)) {
    if (!lead.times.some((t) => t.date)) continue;
    const at = (code: string) =>
      lead.mentions.filter((m) =>
        resolveMention(m, doc.published, kb, { allowPlaces: true }).some((p) => p.code === code),
      );
    const actors = at(actor);
    const targets = actors.length ? at(target) : [];
    if (!targets.length) continue;
    const named = [...actors, ...targets];
    let best: string | null = null;
    let distance = Infinity;
    for (const t of lead.times) {
      if (!t.date) continue;
      for (const m of named) {
        const d = Math.min(timeDistance(lead.tokens, t, m.first), timeDistance(lead.tokens, t, m.last - 1));
        if (d < distance) [best, distance] = [t.date, d];
      }
    }
    return best;
  }
  return null;
}

/** The first sentence, alone in its paragraph and with no full stop: the article's headline. */
export function isHeadline(doc: AnnotatedDocument, sentence: Sentence): boolean {
  if (sentence.index !== 0) return false;
  const next = doc.sentences[1];
  if (next && next.paragraph === sentence.paragraph) return false;
  return !/[.]["'’”]?\s*$/.test(sentence.text);
}
