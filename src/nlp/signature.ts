import type { KnowledgeBase } from "../knowledge/types.js";
import { annotate } from "./annotate.js";
import type { AnnotatedDocument, Mention, Sentence } from "./annotated-document.js";

/** At most this many words in a signature line. */
const MAX_WORDS = 12;
/** "NAME, OFFICE": one comma, no sentence punctuation after it. */
const SIGNATURE = /^[^,:;!?]+,\s+\p{Lu}[^,.:;!?]*$/u;

/** The roles of a state's office holders. */
const OFFICIAL: ReadonlySet<string> = new Set(["GOV", "LEADER", "MIL"]);
/** A signer's name: up to five capitalised words or initials ("Antony J. Blinken"). */
const NAME = /^(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}\p{Lu}[\p{L}'’-]*$/u;

/**
 * The document with its signature lines: of the lines the cleaner set aside as boilerplate, those
 * shaped "NAME, OFFICE" whose name is a person the knowledge base knows ("Ned Price, Department
 * Spokesperson", "Marco Rubio, Secretary of State"), or whose office names a state ("Jane Roe,
 * Estonian Foreign Ministry Spokesperson"). The first person of a press statement is its
 * signatory's state (src/coding/discourse/first-person.ts).
 */
export function withSignatures(
  doc: AnnotatedDocument,
  boilerplate: readonly { readonly text: string }[],
  kb: KnowledgeBase,
): AnnotatedDocument {
  const signatures: Sentence[] = [];
  for (const { text } of boilerplate) {
    const line = text.trim();
    if (!SIGNATURE.test(line) || line.split(/\s+/u).length > MAX_WORDS) continue;
    const [sentence] = annotate(line, doc.published, kb).sentences;
    if (sentence && signers(sentence).length) signatures.push(sentence);
  }
  return signatures.length ? { ...doc, signatures } : doc;
}

/**
 * Who signs a signature line: the person its name is, else the states its office names when its
 * name is a bare name ("Jane Roe, Estonian Foreign Ministry Spokesperson" -> Estonia); none else.
 */
export function signers(line: Sentence): Mention[] {
  const comma = line.tokens.findIndex((t) => t.text === ",");
  if (comma <= 0) return [];
  const persons = line.mentions.filter((m) => m.last <= comma && m.refs.some((r) => r.kind === "person"));
  if (persons.length) return persons;
  const name = line.text.slice(0, line.tokens[comma]!.start - line.start).trim();
  if (!NAME.test(name) || line.mentions.some((m) => m.first < comma)) return [];
  // An office of state, not a beat: "Estonian Foreign Ministry Spokesperson", not "Kyiv Bureau
  // Chief" or "Russia Correspondent".
  return line.mentions.filter(
    (m) =>
      m.first > comma &&
      m.refs.some(
        (r) => r.kind === "actor" && r.form !== "metonym" && r.role !== null && OFFICIAL.has(r.role),
      ),
  );
}
