import type { AnnotatedDocument, Mention } from "../../nlp/annotated-document.js";

/** "The below is attributable to", "The following is attributable to", "The following statement is attributable to". */
const ATTRIBUTABLE =
  /^the\s+(?:below|following)(?:\s+(?:statement|readout|text))?\s+is\s+attributable\s+to\b/iu;

/**
 * The persons a readout's lead says its words are attributable to: "The below is attributable to
 * Spokesperson Ned Price:" (a foreign ministry's readout of a call or meeting). The readout is
 * that spokesperson's: its verdicts ("the Kremlin's brutal war") and its "we" are the voice of
 * the spokesperson's state (first-person.ts). Only a lead sentence among the first paragraphs;
 * none when it names no person.
 */
export function attributedReadout(doc: AnnotatedDocument): readonly Mention[] | null {
  const [title, ...rest] = doc.sentences;
  if (!title) return null;
  const lead = rest.find((s) => s.paragraph !== title.paragraph && ATTRIBUTABLE.test(s.text.trim()));
  if (!lead || lead.paragraph > title.paragraph + 3) return null;
  const persons = lead.mentions.filter((m) => m.refs.some((r) => r.kind === "person"));
  return persons.length ? persons : null;
}
