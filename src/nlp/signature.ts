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
 * The document with its signature lines: of the lines the cleaner set aside as boilerplate, the
 * lines of a list of signatories ("Italy: Valentina Vezzali, Secretary of State for Sport"), and those
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
    if (STATE_LINE.test(line) && line.split(/\s+/u).length <= MAX_LISTED_WORDS) {
      const [sentence] = annotate(line, doc.published, kb).sentences;
      if (sentence && listedState(sentence)) signatures.push(sentence);
      continue;
    }
    if (line.split(/\s+/u).length > MAX_WORDS) continue;
    if (!SIGNATURE.test(line)) {
      // An issuing office's line ("Office of the Spokesperson", "U.S. Department of State").
      const [office] = annotate(line, doc.published, kb).sentences;
      if (office && issuingOffice(office).length) signatures.push(office);
      continue;
    }
    const [sentence] = annotate(line, doc.published, kb).sentences;
    if (sentence && signers(sentence).length) signatures.push(sentence);
  }
  return signatures.length ? { ...doc, signatures } : doc;
}

/** "STATE: NAME, OFFICE", a line of a list of signatories ("Japan: Suematsu Shinsuke, Minister of Education"). */
const STATE_LINE = /^\p{Lu}[^,:;!?]{1,40}:\s+\S/u;
const MAX_LISTED_WORDS = 30;

/**
 * The state a line of a list of signatories opens with ("Italy: Valentina Vezzali, Secretary of
 * State for Sport" -> Italy), else null: a state's name and a colon, nothing before them.
 */
export function listedState(line: Sentence): Mention | null {
  const first = line.mentions[0];
  if (!first || first.first !== 0 || line.tokens[first.last]?.text !== ":") return null;
  return first.refs.some((r) => r.kind === "actor" && r.role === null) ? first : null;
}

/**
 * The office a line that names nothing else stands for: "Office of the Spokesperson", "U.S.
 * Department of State" (a state's government office, its mentions covering every word); else none.
 */
export function issuingOffice(line: Sentence): Mention[] {
  const words = line.tokens.filter((t) => /\p{L}/u.test(t.text)).length;
  const covered = line.mentions.reduce((n, m) => n + (m.last - m.first), 0);
  const codes = new Set(line.mentions.flatMap((m) => m.refs.map((r) => (r.kind === "actor" ? r.code : ""))));
  const office = line.mentions.some((m) =>
    m.refs.some((r) => r.kind === "actor" && r.form === "metonym" && r.role === "GOV"),
  );
  return office && codes.size === 1 && !codes.has("") && covered >= words ? [...line.mentions] : [];
}

/**
 * Who signs a signature line: the person its name is, else the states its office names when its
 * name is a bare name ("Jane Roe, Estonian Foreign Ministry Spokesperson" -> Estonia); an issuing
 * office's line, the office; none else.
 */
export function signers(line: Sentence): Mention[] {
  const comma = line.tokens.findIndex((t) => t.text === ",");
  if (comma <= 0) return issuingOffice(line);
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
