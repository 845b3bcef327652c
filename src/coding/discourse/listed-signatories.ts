import type { AnnotatedDocument, Mention, Sentence } from "../../nlp/annotated-document.js";
import { listedState } from "../../nlp/signature.js";

/** A lead that sends the reader to a list of signatories after the text. */
const LISTED =
  /\b(?:listed|named|set\s+out)\s+(?:at\s+the\s+(?:bottom|end)|below)\b|\bthe\s+following\s+(?:countries|states|governments|signatories)\b/iu;
/** Words of a statement in its lead: "The text of the following statement was agreed upon by". */
const STATEMENT = /\b(?:statement|declaration|communiqu[eé])\b/iu;

/**
 * The signatories of a statement whose lead says they are listed after it ("The text of the
 * following statement was agreed upon by the ministers ... from the countries listed at the bottom
 * of the statement"): the state named before the colon of each of its closing lines ("Austria:
 * Werner Kogler, Vice-Chancellor", src/nlp/signature.ts), read from the end up to the first line
 * that names none, and of such lines the cleaner set aside. Null when the lead says no such thing or fewer than two lines name one.
 */
export function listedSignatories(doc: AnnotatedDocument): Mention[] | null {
  const [title, ...rest] = doc.sentences;
  if (!title) return null;
  const lead = rest.slice(0, 4).find((s) => STATEMENT.test(s.text) && LISTED.test(s.text));
  if (!lead) return null;
  const firstOf = new Map<number, Sentence>();
  for (const s of doc.sentences) if (!firstOf.has(s.paragraph)) firstOf.set(s.paragraph, s);
  const lines = [...firstOf.values()].filter((s) => s.paragraph > lead.paragraph);
  const named: Mention[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const opening = listedState(lines[i]!);
    if (!opening) break;
    named.unshift(opening);
  }
  // Lines the cleaner set aside as signatures (src/nlp/signature.ts) are part of the list too.
  for (const line of doc.signatures ?? []) {
    const opening = listedState(line);
    if (opening) named.push(opening);
  }
  return named.length >= 2 ? named : null;
}
