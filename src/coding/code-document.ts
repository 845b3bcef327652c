import type { KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Mention } from "../nlp/annotated-document.js";
import { openingSubject } from "./arguments/opening-subject.js";
import { isPerson } from "./arguments/slots.js";
import { assemble } from "./assemble.js";
import { coderContext } from "./coder-context.js";
import { discoursePasses } from "./discourse-passes.js";
import { dropPeopleAgainstState } from "./discourse/people-against-state.js";
import type { CodedEvent } from "./event.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import type { Occurrence } from "./occurrence.js";
import type { Proposer } from "./proposer.js";
import { codeTriggers } from "./trigger-pass.js";

/**
 * Codes every event of an annotated document; one event per (type, actor, target). With a
 * proposer (the learned scorer), the pairs of parties the trigger frames left uncoded are judged too.
 */
export function codeDocument(
  documentId: string,
  doc: AnnotatedDocument,
  kb: KnowledgeBase,
  lexicon: Lexicon,
  proposer: Proposer | null = null,
): CodedEvent[] {
  const coder = coderContext(doc, kb, lexicon);
  const occurrences: Occurrence[] = [];
  let previousPerson: Mention | null = null;
  let previousSubject: Mention | null = null;
  let previousParagraph = -1;
  for (let i = 0; i < coder.resolved.length; i++) {
    const sentence = coder.resolved[i]!;
    // "he" and "she" reach back to the person the sentence before opened with as its subject, else
    // to the last person named, in this paragraph or the one before; "his" and "her" to the last
    // person named.
    if (sentence.paragraph > previousParagraph + 1) previousPerson = previousSubject = null;
    codeTriggers(coder, i, previousPerson, occurrences, previousSubject);
    discoursePasses(coder, sentence, occurrences);
    for (const m of sentence.mentions) if (isPerson(m)) previousPerson = m;
    previousSubject = openingSubject(sentence);
    previousParagraph = sentence.paragraph;
  }
  dropPeopleAgainstState(occurrences);
  if (!proposer) return assemble(documentId, occurrences, lexicon, doc.published);
  // What the frames missed, the learned scorer may propose.
  const known = new Set(occurrences.map((o) => `${o.type}|${o.actor.code}|${o.target.code}`));
  const proposed = proposer(doc, coder.resolved, kb, lexicon, known, occurrences);
  return assemble(documentId, [...occurrences, ...proposed], lexicon, doc.published);
}
