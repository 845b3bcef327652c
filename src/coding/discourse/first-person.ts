import type { AliasRef, KnowledgeBase } from "../../knowledge/types.js";
import type { AnnotatedDocument, Mention, Sentence } from "../../nlp/annotated-document.js";
import { onBehalfVoice } from "./on-behalf.js";
import { listedSignatories } from "./listed-signatories.js";
import { signers } from "../../nlp/signature.js";
import { attributedReadout } from "./attributed-readout.js";

/**
 * Who "we" is (test/corpus-real/ANNOTATION.md, clarification 4):
 *
 * - in a transcript, the speaker of the paragraph: the label before the colon ("President of
 *   Russia Vladimir Putin: We supply nuclear fuel to Hungary" is Putin), until the next label (at a
 *   paragraph's start or, where a page runs the exchange into one paragraph, inside it); a
 *   label that names no state's representative ("Question:", "President of Abkhazia:") speaks for
 *   no state;
 * - in a statement or joint declaration, the signatories named in its title ("Joint Statement by
 *   the United States and Serbia", "Statement by President of Russia Vladimir Putin, Federal
 *   Chancellor of Germany Angela Merkel and ...", "U.S.-Turkey Joint Statement") or, when the title
 *   names none, in its lead ("The following statement was released by the United States and the
 *   European Union"); else all the states a joint statement's title or lead names. A title may
 *   name the issuers' office ("G7 Foreign Ministers' Statement on Belarus": the group's members
 *   and whoever else the lead says released it) or the statement's kind before it ("Ministerial
 *   Statement of the French Republic, ..."); a lead may send the reader to signatories listed
 *   after the text ("the countries listed at the bottom of the statement": listed-signatories.ts);
 * - in a press statement whose title names no signatories, the state of the person who signs it
 *   ("Ned Price, Department Spokesperson", "Jane Roe, Estonian Foreign Ministry Spokesperson":
 *   src/nlp/signature.ts), unless its title or lead calls
 *   it joint; a "we" inside quotation marks there is someone else's;
 * - in a readout whose lead says whom it is attributable to ("The below is attributable to
 *   Spokesperson Ned Price:"), that person's state, as for a signed statement (attributed-readout.ts).
 *
 * - in a statement whose lead speaks "on behalf of" one state, that state (on-behalf.ts).
 *
 * "We", "I", "us" and "our country" (nation, state, government) then stand for the speaker or all signatories;
 * "our countries", "our two countries", "both our countries" for the states of a statement's
 * signatories, or of a transcript's two speakers; in a transcript of two, "you" and "your country"
 * for the other speaker's state; in a transcript with one state's speaker, "you" in a question
 * (a label of no state) for that speaker's state. Elsewhere (a quote in a news story) they are left alone.
 */
export interface Voices {
  /** The sentence's mentions with its first-person phrases added; the same array when none. */
  mentionsOf(sentence: Sentence): readonly Mention[];
  /**
   * The states whose own words a sentence's token is: a statement's signatories or signer, a
   * transcript paragraph's speaker; none in a text with no such voice, inside a speaker label, or
   * inside quotation marks (someone else's words).
   */
  issuerOf(sentence: Sentence, at: number): readonly string[];
}

/** A voice: the refs "we" stands for (none: a speaker who is no state's), and the states behind it. */
interface Voice {
  readonly refs: readonly AliasRef[];
  readonly states: readonly string[];
  /** A signatory's voice, which speaks only outside quotation marks. */
  readonly signed?: boolean;
}

const NOBODY: AliasRef = { kind: "nonstate", id: "speaker", name: "a speaker of no state", what: "movement" };
/** Heads after "our" that name the speaker's state. */
const OWN_STATE = new Set(["country", "state", "nation", "government", "republic", "people"]);
/** Heads after "our" that name the states of all voices. */
const ALL_STATES = new Set(["countries", "states", "nations", "governments", "peoples"]);
/** What two states have between them, after "our" and up to two modifiers ("our mutual trade",
 *  "our military cooperation", "our bilateral economic cooperation"). */
const SHARED = new Set(["trade", "turnover", "cooperation", "partnership", "exercises", "drills"]);
const SHARED_MODIFIERS = new Set([
  "mutual",
  "bilateral",
  "two-way",
  "military",
  "military-technical",
  "economic",
  "energy",
  "investment",
  "defence",
  "defense",
  // "our military-technical cooperation" (the hyphen is a token of its own)
  "-",
  "technical",
]);

function sharedHead(tokens: readonly { norm: string }[], j: number): boolean {
  let k = j;
  while (k < j + 4 && SHARED_MODIFIERS.has(tokens[k]?.norm ?? "")) k++;
  return SHARED.has(tokens[k]?.norm ?? "");
}
/** Whether "with" follows the shared head after "our" ("our trade with China"). */
function sharedWith(tokens: readonly { norm: string }[], j: number): boolean {
  let k = j;
  while (k < j + 4 && SHARED_MODIFIERS.has(tokens[k]?.norm ?? "")) k++;
  return tokens[k + 1]?.norm === "with";
}
/** What a voice gives another state, after "our" and up to two modifiers ("our unwavering
 *  support", "our strong commitment", "our continued assistance"). */
const SUPPORT = new Set(["support", "commitment", "solidarity", "backing", "assistance", "aid"]);
function supportHead(tokens: readonly { norm: string; pos: string }[], j: number): boolean {
  let k = j;
  while (k < j + 2 && (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "ADV")) k++;
  return SUPPORT.has(tokens[k]?.norm ?? "");
}
/** A base of the armed forces after "our" and up to three modifiers ("our on-shore naval base",
 *  "our military bases"): the voice's own, wherever it stands; a bare "our base" may be no base of arms. */
const BASES = new Set(["base", "bases", "airbase", "airbases"]);
const BASE_KINDS = new Set(["military", "naval", "air", "on-shore", "onshore", "-", "on", "shore", "navy"]);
function baseHead(tokens: readonly { norm: string; pos: string }[], j: number): boolean {
  // "on-shore" may be three tokens
  for (let k = j; k < j + 6 && k < tokens.length; k++) {
    const norm = tokens[k]!.norm;
    if (BASES.has(norm)) return k > j || norm.startsWith("air");
    if (!BASE_KINDS.has(norm)) return false;
  }
  return false;
}
/** What names a partner in trade, after "our" or "your" and up to three modifiers ("our leading
 *  foreign economic partners", "our largest trading partner", "our main trade and economic partner"). */
const TRADE_KINDS = new Set(["trade", "trading", "economic", "commercial", "investment"]);
function tradePartnerHead(tokens: readonly { norm: string; pos: string }[], j: number): boolean {
  let kind = false;
  for (let k = j; k < j + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.norm === "partner" || t.norm === "partners") return kind;
    if (TRADE_KINDS.has(t.norm)) kind = true;
    // "leading" may be tagged a verb
    else if (t.pos !== "ADJ" && t.pos !== "VERB" && t.norm !== "and" && t.norm !== "foreign") return false;
  }
  return false;
}
/** A statement's title: "Joint Statement by ...", "Statement by ...", "U.S.-Turkey Joint Statement on ...". */
const STATEMENT =
  /^(?:the\s+)?(?:(?:joint\s+)?(?:statement|declaration|communiqu[eé])|[\p{L}.]+(?:-[\p{L}.]+)+\s+joint\s+(?:statement|declaration|communiqu[eé]))\b/iu;
/**
 * A group's statement titled with its issuers' office: "G7 Foreign Ministers' Statement on Belarus",
 * "NATO Leaders' Joint Declaration", "Quad Leaders' Joint Statement". Capitalised words, the
 * last an office in the possessive; whether a group or state is named there is for the signatories.
 */
const GROUP_STATEMENT =
  /^(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d.&-]*\s+){1,4}(?:ministers|leaders|presidents|heads\s+of\s+state|heads\s+of\s+government|foreign\s+ministers|defen[cs]e\s+ministers)['’]\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b/iu;
/**
 * A statement whose kind is named before it and whose signatories follow "of", "by", "from" or
 * "between": "Ministerial Statement of the French Republic, the United Kingdom ... and the United
 * States of America", "Trilateral Declaration by ...". One or two words before the noun.
 */
const KIND_STATEMENT =
  /^(?:the\s+)?[\p{Lu}][\p{L}-]*\s+(?:[\p{L}-]+\s+)?(?:statement|declaration|communiqu[eé])\s+(?:of|by|from|between)\s/iu;
/** Between a statement and "by": "the statement was released by", "a joint statement issued by". */
const RELEASED = new Set(["was", "were", "is", "released", "issued", "signed", "adopted", "made"]);
/** Words that introduce the signatories in a statement's title or lead. */
const SIGNED_BY = new Set(["by", "of", "between", "from"]);
const MAX_LABEL = 16;
const QUOTES = /^["“”«»]$/u;
const OPENING = /^[“«]$/u;
const CLOSING = /^[”»]$/u;
const JOINT = /\bjoint\s+(?:statement|declaration|communiqu[eé])/iu;

/** The sentence with other mentions; the same sentence when they are its own. Its time
 *  expressions stay unread until asked for (a spread would find them now). */
export function withMentions(sentence: Sentence, mentions: readonly Mention[]): Sentence {
  if (mentions === sentence.mentions) return sentence;
  const own = Object.getOwnPropertyDescriptors(sentence);
  return Object.create(Object.getPrototypeOf(sentence) as object, {
    ...own,
    mentions: { value: mentions, enumerable: true, writable: false, configurable: true },
  }) as Sentence;
}

/** The voices of a document: its transcript speakers, or a statement's signatories. */
export function firstPersonVoices(doc: AnnotatedDocument, kb: KnowledgeBase): Voices {
  const signatories = statementSignatories(doc, kb) ?? onBehalfVoice(doc) ?? listedVoice(doc, kb);
  const signed = signatories ? null : (readoutVoice(doc, kb) ?? signatureVoice(doc, kb));
  // A transcript's speaker holds the floor from the label on, to the next label: a label opens a
  // paragraph or, where the page runs the exchange into one paragraph, a sentence inside it
  // ("... I agree. Viktor Orban: Thank you.").
  const bySentence = new Map<number, Voice>();
  const speakers = new Set<string>();
  let current: Voice | null = signatories ?? signed;
  // "Gazprom CEO Alexei Miller: ..." then "Alexei Miller: ...": a label that repeats the end of an
  // earlier one is the same speaker, whose voice the first label named.
  const named: { words: string; voice: Voice }[] = [];
  for (const s of doc.sentences) {
    let label = speakerLabel(s, doc.published, kb);
    if (label) {
      const words = labelWords(s);
      if (label.states.length) named.push({ words, voice: label });
      else if (words.includes(" "))
        label = named.findLast((n) => n.words.endsWith(` ${words}`))?.voice ?? label;
      current = label;
      for (const code of label.states) speakers.add(code);
    }
    if (current) bySentence.set(s.start, current);
  }
  const pair = signatories ? null : conversation(speakers, doc, kb);
  // "Question: You will meet Prime Minister Abe in May": a transcript with one state's speaker
  // is put to that speaker; the questioner's own "we" stays no state's.
  const interviewee = !signatories && speakers.size === 1 ? [...speakers][0]! : null;
  const cache = new Map<Sentence, readonly Mention[]>();
  const voiceOf = (sentence: Sentence): Voice | undefined => bySentence.get(sentence.start);
  return {
    mentionsOf(sentence) {
      const voice = voiceOf(sentence);
      if (!voice) return sentence.mentions;
      let found = cache.get(sentence);
      if (!found) {
        found = firstPersonIn(
          sentence,
          voice,
          signatories ? signatories.states : pair,
          voice.states.length || voice.signed ? addressee(voice, pair) : interviewee,
        );
        cache.set(sentence, found);
      }
      return found;
    },
    issuerOf(sentence, at) {
      const voice = voiceOf(sentence);
      if (!voice?.states.length) return [];
      const label = labelEnd(sentence);
      if (label !== null && at <= label) return [];
      return quotedAt(sentence.tokens, at) ? [] : voice.states;
    },
  };
}

/** Whether the token at `at` stands inside quotation marks opened before it in its sentence. */
function quotedAt(tokens: readonly { readonly text: string }[], at: number): boolean {
  let quoted = false;
  for (let i = 0; i < at && i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (QUOTES.test(t)) quoted = OPENING.test(t) || (!CLOSING.test(t) && !quoted);
  }
  return quoted;
}

/**
 * The two states of a transcript: its two speakers' ("President of Russia Vladimir Putin: ...",
 * "Prime Minister of Hungary Viktor Orban: ..."), or its one speaker's and the one other state its
 * title names ("Meeting with Prime Minister of Hungary Viktor Orban"); else null.
 */
function conversation(
  speakers: ReadonlySet<string>,
  doc: AnnotatedDocument,
  kb: KnowledgeBase,
): readonly string[] | null {
  if (speakers.size === 2) return [...speakers];
  const title = doc.sentences[0];
  if (speakers.size !== 1 || !title) return null;
  const [speaker] = speakers;
  const others = statesOf(title.mentions, doc.published, kb).filter((c) => c !== speaker);
  return others.length === 1 ? [speaker!, others[0]!] : null;
}

/** In a transcript of two, the state of the one a speaker addresses. */
function addressee(voice: Voice, pair: readonly string[] | null): string | null {
  if (!pair || voice.states.length !== 1 || !pair.includes(voice.states[0]!)) return null;
  return pair.find((c) => c !== voice.states[0]) ?? null;
}

/** The sentence's mentions with "we", "our country", "our countries" and "you" added for the voice. */
function firstPersonIn(
  sentence: Sentence,
  voice: Voice,
  all: readonly string[] | null,
  other: string | null,
): readonly Mention[] {
  const tokens = sentence.tokens;
  const label = labelEnd(sentence);
  const added: Mention[] = [];
  /** Spans of "We, the G7 Foreign Ministers of Canada, France, ...,": their names are the voice's. */
  const appositions: { first: number; last: number }[] = [];
  const covered = (i: number) => sentence.mentions.some((m) => m.first <= i && m.last > i);
  let quoted = false;
  for (let i = label === null ? 0 : label + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (QUOTES.test(t.text)) quoted = OPENING.test(t.text) || (!CLOSING.test(t.text) && !quoted);
    if (covered(i) || (quoted && voice.signed)) continue;
    let last = -1;
    let refs: readonly AliasRef[] = [];
    // "us", not "US" (the United States)
    if ((t.norm === "we" || t.norm === "i" || (t.norm === "us" && t.text !== "US")) && t.pos === "PRON") {
      last = i + 1;
      refs = voice.refs.length ? voice.refs : [NOBODY];
    } else if (other && t.norm === "you" && t.pos === "PRON") {
      last = i + 1;
      refs = [{ kind: "actor", code: other, role: null, form: "name" }];
    } else if (other && t.norm === "your" && OWN_STATE.has(tokens[i + 1]?.norm ?? "")) {
      last = i + 2;
      refs = [
        {
          kind: "actor",
          code: other,
          role: tokens[i + 1]!.norm === "government" ? "GOV" : null,
          form: "name",
        },
      ];
    } else if (other && t.norm === "your" && tradePartnerHead(tokens, i + 1)) {
      // "China is your largest trading partner": the other speaker's state.
      last = i + 1;
      refs = [{ kind: "actor", code: other, role: null, form: "name" }];
    } else if (t.norm === "our") {
      // "our two countries", "both our countries"
      const j = tokens[i + 1]?.norm === "two" ? i + 2 : i + 1;
      const head = tokens[j]?.norm ?? "";
      if (OWN_STATE.has(head) && voice.states.length === 1) {
        last = j + 1;
        refs = [
          { kind: "actor", code: voice.states[0]!, role: head === "government" ? "GOV" : null, form: "name" },
        ];
      } else if (ALL_STATES.has(head) && all && all.length > 1) {
        last = j + 1;
        refs = [{ kind: "group", id: "signatories", members: all, as: null }];
      } else if (sharedHead(tokens, i + 1) && sharedWith(tokens, i + 1) && voice.refs.length) {
        // "our trade with China", "our military cooperation with Serbia": the voice's own, with
        // the party named after "with".
        last = i + 1;
        refs = voice.refs;
      } else if (sharedHead(tokens, i + 1) && all && all.length > 1) {
        // "our mutual trade", "our military cooperation": what is between the voices' states.
        last = i + 1;
        refs = [{ kind: "group", id: "signatories", members: all, as: null }];
      } else if (tradePartnerHead(tokens, i + 1) && voice.refs.length) {
        // "Germany remains one of our leading foreign economic partners": the voice's partner.
        last = i + 1;
        refs = voice.refs;
      } else if (baseHead(tokens, i + 1) && voice.refs.length) {
        // "there is our on-shore naval base at the port of Tartus": the voice's base.
        last = i + 1;
        refs = voice.refs;
      } else if (supportHead(tokens, i + 1) && voice.refs.length) {
        // "Unwavering in our support for Ukraine's sovereignty": the voice's support.
        last = i + 1;
        refs = voice.refs;
      }
    }
    if (last < 0 || covered(last - 1)) continue;
    const text = sentence.text.slice(
      tokens[i]!.start - sentence.start,
      tokens[last - 1]!.end - sentence.start,
    );
    const apposition = t.norm === "we" && voice.states.length > 1 ? appositionEnd(tokens, i) : null;
    if (apposition !== null) appositions.push({ first: i + 1, last: apposition });
    added.push({ first: i, last, text, refs });
    i = (apposition ?? last) - 1;
  }
  if (!added.length) return sentence.mentions;
  const listed = (m: Mention) => appositions.some((a) => m.first >= a.first && m.last <= a.last);
  return [...sentence.mentions.filter((m) => !listed(m)), ...added].sort((a, b) => a.first - b.first);
}

/**
 * Where the apposition after a statement's "We" ends ("We, the G7 Foreign Ministers of Canada,
 * France, ... and the High Representative of the European Union, condemn"): the comma before the
 * verb, else null. The signatories it names are the "we", not parties of their own.
 */
function appositionEnd(tokens: readonly { text: string; pos: string }[], we: number): number | null {
  if (tokens[we + 1]?.text !== "," || tokens[we + 2]?.pos !== "DET") return null;
  for (let j = we + 3; j < tokens.length && j <= we + 60; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX" || /^[.;:!?]$/u.test(t.text)) return null;
    if (t.text === "," && (tokens[j + 1]?.pos === "VERB" || tokens[j + 1]?.pos === "AUX")) return j;
  }
  return null;
}

/**
 * The index of the colon ending a speaker label that opens the sentence, else null: a name, not a
 * clause ("President of Russia Vladimir Putin:", "SECRETARY RUBIO:", "Question:"), in title case
 * or ending in a person's name ("President of the Republika Srpska entity of Bosnia and Herzegovina
 * Milorad Dodik (retranslated):").
 */
function labelEnd(sentence: Sentence): number | null {
  const tokens = sentence.tokens;
  let depth = 0;
  let titleCase = true;
  let lastWord = -1;
  for (let i = 0; i < tokens.length && i <= MAX_LABEL; i++) {
    const t = tokens[i]!;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (t.text === ":") {
      const named = sentence.mentions.some(
        (m) => m.last - 1 === lastWord && m.refs.some((r) => r.kind === "person"),
      );
      return i > 0 && (titleCase || named) ? i : null;
    } else if (depth > 0) continue;
    else if (t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON") return null;
    else {
      if (/^\p{Ll}/u.test(t.text) && !LABEL_WORDS.has(t.norm)) titleCase = false;
      lastWord = i;
    }
  }
  return null;
}

/** The words of a sentence's speaker label, lower case, one space between them. */
function labelWords(sentence: Sentence): string {
  const end = labelEnd(sentence) ?? 0;
  return sentence.tokens
    .slice(0, end)
    .map((t) => t.norm)
    .join(" ");
}

/** Lower-case words a speaker label may hold: "President of the Republic of Belarus". */
const LABEL_WORDS = new Set(["of", "the", "and", "de", "von", "van", "der", "al", "bin", "-", "'s"]);

/** The voice of a speaker label opening a paragraph's first sentence, else null. */
function speakerLabel(sentence: Sentence, published: string | null, kb: KnowledgeBase): Voice | null {
  const end = labelEnd(sentence);
  if (end === null) return null;
  const inLabel = sentence.mentions.filter((m) => m.last <= end);
  const person = inLabel.findLast((m) => m.refs.some((r) => r.kind === "person"));
  const leader = inLabel.findLast((m) =>
    m.refs.some((r) => r.kind === "actor" && r.role !== null && r.role !== "OPPOSITION"),
  );
  const speaker = person ?? leader;
  if (!speaker) return { refs: [], states: [] };
  const states = statesOf([speaker], published, kb);
  // An opposition figure out of office speaks for no state.
  return states.length ? { refs: speaker.refs, states } : { refs: [], states: [] };
}

/**
 * The signatories of a statement or declaration: the states named after "by", "of", "between" in
 * its title ("Statement by President of Russia Vladimir Putin, Federal Chancellor of Germany
 * Angela Merkel and President of France Emmanuel Macron") or before the word ("the Russian-Chinese
 * joint declaration"), else those of a joint statement's whole title, else those of its lead.
 */
function statementSignatories(doc: AnnotatedDocument, kb: KnowledgeBase): Voice | null {
  const [title, ...rest] = doc.sentences;
  const heading = title?.text.trim() ?? "";
  if (!title || ![STATEMENT, GROUP_STATEMENT, KIND_STATEMENT].some((re) => re.test(heading))) return null;
  const lead = rest.find((s) => s.paragraph !== title.paragraph);
  // Signatories named after "by" in the title or lead, else all a joint title or lead names.
  // A lead that says who released the statement may add to the title's signatories ("Statement
  // by the Foreign Ministers of Estonia and Latvia": "released by ... and the High Representative
  // of the European Union").
  const named = [title, lead].map((s) => (s ? signedBy(s) : []));
  const joint = [title, lead].map((s) => (s && /\bjoint\b/iu.test(s.text) ? s.mentions : []));
  for (const mentions of [named.flat(), ...joint]) {
    const states = statesOf(mentions, doc.published, kb);
    if (states.length) {
      const refs: AliasRef[] =
        states.length === 1 && mentions.length === 1
          ? [...mentions[0]!.refs]
          : [{ kind: "group", id: "signatories", members: states, as: null }];
      return { refs, states };
    }
  }
  return null;
}

/** The voice of a statement whose signatories are listed after its text (listed-signatories.ts). */
function listedVoice(doc: AnnotatedDocument, kb: KnowledgeBase): Voice | null {
  const named = listedSignatories(doc);
  const states = named ? statesOf(named, doc.published, kb) : [];
  return states.length > 1
    ? { refs: [{ kind: "group", id: "signatories", members: states, as: null }], states }
    : null;
}

/**
 * The voice of a press statement's signatory ("Antony J. Blinken, Secretary of State" -> the United
 * States), from the signature lines the cleaner set aside; null for a joint statement (its title
 * or lead says so) or when the signatures name no one state.
 */
function signatureVoice(doc: AnnotatedDocument, kb: KnowledgeBase): Voice | null {
  const lines = doc.signatures ?? [];
  if (!lines.length) return null;
  const [title, ...rest] = doc.sentences;
  const lead = rest.find((s) => s.paragraph !== title?.paragraph);
  if ([title, lead].some((s) => s && JOINT.test(s.text))) return null;
  const named = lines.flatMap(signers);
  const states = statesOf(named, doc.published, kb);
  if (states.length !== 1) return null;
  const refs =
    named.length === 1 && named[0]!.refs.some((r) => r.kind === "person")
      ? named[0]!.refs
      : [{ kind: "actor" as const, code: states[0]!, role: "GOV" as const, form: "name" as const }];
  return { refs, states, signed: true };
}

/**
 * The voice of a readout whose lead says whom it is attributable to ("The below is attributable
 * to Spokesperson Ned Price:", attributed-readout.ts): that person's state, outside quotation
 * marks; null when the persons named are of no one state.
 */
function readoutVoice(doc: AnnotatedDocument, kb: KnowledgeBase): Voice | null {
  const named = attributedReadout(doc);
  const states = named ? statesOf(named, doc.published, kb) : [];
  if (!named || states.length !== 1) return null;
  const refs =
    named.length === 1
      ? named[0]!.refs
      : [{ kind: "actor" as const, code: states[0]!, role: "GOV" as const, form: "name" as const }];
  return { refs, states, signed: true };
}

/** The mentions after "by"/"of"/"between" up to "on" in a statement's title or lead. */
function signedBy(sentence: Sentence): Mention[] {
  const tokens = sentence.tokens;
  const statement = tokens.findIndex((t) => /^(?:statement|declaration|communiqu[eé])s?$/u.test(t.norm));
  if (statement < 0) return [];
  // "the joint Russian-Chinese declaration": the signatories before the word.
  const before = sentence.mentions.filter(
    (m) => m.last <= statement && m.first >= statement - 4 && isStateMention(m),
  );
  if (before.length) return before;
  let by = statement + 1;
  while (by < statement + 3 && RELEASED.has(tokens[by]?.norm ?? "")) by++;
  if (!SIGNED_BY.has(tokens[by]?.norm ?? "")) return [];
  // up to what the statement is on, where, or for: "... by Blinken and Borrell to express support for".
  const stop = tokens.findIndex(
    (t, i) => i > by && (t.norm === "on" || t.norm === "in" || t.norm === "to" || t.text === ":"),
  );
  return sentence.mentions.filter((m) => m.first > by && (stop < 0 || m.last <= stop) && isStateMention(m));
}

function isStateMention(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "actor" || r.kind === "person" || (r.kind === "group" && !r.vague));
}

/** The distinct states (or blocs) mentions stand for at a date, in order. */
function statesOf(mentions: readonly Mention[], date: string | null, kb: KnowledgeBase): string[] {
  const out: string[] = [];
  for (const m of mentions)
    for (const r of m.refs) {
      const codes =
        r.kind === "actor"
          ? r.role === "OPPOSITION" || !kb.isActor(r.code)
            ? []
            : [r.code]
          : r.kind === "person"
            ? [kb.resolvePerson(r.id, date)].filter((p) => p.role !== "OPPOSITION").map((p) => p.code)
            : r.kind === "group" && !r.vague
              ? r.as
                ? [r.as]
                : r.members
              : [];
      for (const c of codes) if (!out.includes(c)) out.push(c);
    }
  return out;
}
