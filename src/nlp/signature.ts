import type { KnowledgeBase } from "../knowledge/types.js";
import { annotate } from "./annotate.js";
import type { AnnotatedDocument, Sentence } from "./annotated-document.js";

/** At most this many words in a signature line. */
const MAX_WORDS = 12;
/** "NAME, OFFICE": one comma, no sentence punctuation after it. */
const SIGNATURE = /^[^,:;!?]+,\s+\p{Lu}[^,.:;!?]*$/u;

/**
 * The document with its signature lines: of the lines the cleaner set aside as boilerplate, those
 * shaped "NAME, OFFICE" ("Ned Price, Department Spokesperson", "Marco Rubio, Secretary of State")
 * whose name is a person the knowledge base knows. The first person of a press statement is its
 * signatory's state (src/coding/first-person.ts).
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
    if (!sentence) continue;
    const comma = sentence.tokens.findIndex((t) => t.text === ",");
    const named = sentence.mentions.some((m) => m.last <= comma && m.refs.some((r) => r.kind === "person"));
    if (named) signatures.push(sentence);
  }
  return signatures.length ? { ...doc, signatures } : doc;
}
