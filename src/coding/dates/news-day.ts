import type { AnnotatedDocument, Sentence } from "../../nlp/annotated-document.js";
import { isHeadline } from "./headline-date.js";
import { looksAhead } from "../../nlp/sentence-tense.js";
import { isHeading } from "./frame-date.js";
import { isPresentAct, tellsHabit } from "./present-act.js";

/**
 * The day of the news a sentence tells when nothing in the story dates its event: a headline
 * states the article's news ("Secretary Blinken's Meeting with Estonian Prime Minister Kallas",
 * "Russia expels two Polish diplomats"), and an article's news is of its publication day unless
 * its lead or a later sentence says otherwise (see headlineDate, restatedDate), and so is the act
 * the lead tells (see leadDay). So is an act the
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
  const lead = leadDay(doc, sentence, triggerFirst);
  if (lead) return lead;
  return isPresentAct(sentence, triggerFirst, clauseStart) ? doc.published : null;
}

/** Words that look ahead besides those of looksAhead: "would sign", "is expected to", "intends to". */
const AHEAD_TOO = /\b(would|expected|intends? to|going to)\b/i;

/**
 * The day of the lead's act: the lead, the story's first sentence after its headline (and a
 * dateline or a heading, each a paragraph of its own without a full stop), tells the article's
 * news ("Vladimir Putin held talks with ...", "Finland expelled two Russian diplomats"). An act
 * its verb tells with no time of its own is of the dateline's day ("November 30, 2021"), else of
 * the publication day; not an act named by a noun ("condemn the Russian invasion"), nor one the
 * lead tells as a habit or looks ahead to. Null for any other sentence.
 */
function leadDay(doc: AnnotatedDocument, sentence: Sentence, triggerFirst: number): string | null {
  if (sentence.tokens[triggerFirst]?.pos !== "VERB" || !isHeadline(doc, doc.sentences[0]!)) return null;
  let dateline: string | null = null;
  for (const s of doc.sentences.slice(1)) {
    if (isHeading(doc.sentences, s)) {
      const day = s.times.find((t) => t.date !== null && t.date.length === 10);
      if (day) dateline = day.date;
      continue;
    }
    if (s !== sentence || looksAhead(s.text) || AHEAD_TOO.test(s.text) || tellsHabit(s.tokens)) return null;
    return dateline ?? doc.published;
  }
  return null;
}
