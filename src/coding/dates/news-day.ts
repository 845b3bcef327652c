import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { isHeadline } from "./headline-date.js";

/**
 * The day of the news a sentence tells when nothing in the story dates its event: a headline
 * states the article's news ("Secretary Blinken's Meeting with Estonian Prime Minister Kallas",
 * "Russia expels two Polish diplomats"), and an article's news is of its publication day unless
 * its lead or a later sentence says otherwise (see headlineDate, restatedDate). Null for any
 * other sentence or with no publication date.
 */
export function newsDay(doc: AnnotatedDocument, sentence: Sentence): string | null {
  if (!doc.published) return null;
  return isHeadline(doc, sentence) ? doc.published : null;
}
