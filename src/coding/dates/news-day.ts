import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { isHeadline } from "./headline-date.js";
import { isPresentAct } from "./present-act.js";

/**
 * The day of the news a sentence tells when nothing in the story dates its event: a headline
 * states the article's news ("Secretary Blinken's Meeting with Estonian Prime Minister Kallas",
 * "Russia expels two Polish diplomats"), and an article's news is of its publication day unless
 * its lead or a later sentence says otherwise (see headlineDate, restatedDate). So is an act the
 * text tells in the present, as done while it speaks ("We welcome the Court's order", "the
 * United States calls on Russia to halt", "I would like to thank the President": see
 * isPresentAct). Null for any other sentence or with no publication date.
 */
export function newsDay(
  doc: AnnotatedDocument,
  sentence: Sentence,
  triggerFirst: number,
  clauseStart: number,
): string | null {
  if (!doc.published) return null;
  if (isHeadline(doc, sentence)) return doc.published;
  if (isLead(doc, sentence)) return doc.published;
  return isPresentAct(sentence, triggerFirst, clauseStart) ? doc.published : null;
}

/**
 * The lead: the first sentence of the story after a headline (and a dateline or a heading, each a
 * paragraph of its own without a full stop). It tells the article's news ("Vladimir Putin held
 * talks with ...", "The presidents of Russia, France and Germany met in Paris").
 */
function isLead(doc: AnnotatedDocument, sentence: Sentence): boolean {
  if (!isHeadline(doc, doc.sentences[0]!)) return false;
  for (const s of doc.sentences.slice(1)) {
    const alone = doc.sentences[s.index + 1]?.paragraph !== s.paragraph;
    if (alone && !/[.!?]["'’”)]?\s*$/.test(s.text)) continue;
    return s === sentence;
  }
  return false;
}
