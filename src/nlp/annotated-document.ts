import type { AliasRef } from "../knowledge/types.js";

/** A word or punctuation mark with its offsets into the document's mainText. */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, diacritics removed, apostrophes unified: what aliases are matched against. */
  readonly norm: string;
  readonly lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, AUX, PROPN, ADP, ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** A span of tokens that the knowledge base knows: an actor, person, group, office, weapon or place. */
export interface Mention {
  /** Token indices in the sentence, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  readonly refs: readonly AliasRef[];
  /** An official the knowledge base does not know, named under a title that gives the state
   *  (src/coding/discourse/named-officials.ts): a person, though its ref is the state's. */
  readonly official?: true;
}

/** A time expression resolved to an ISO date as precise as the text allows. */
export interface TimeExpression {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /**
   * YYYY, YYYY-MM or YYYY-MM-DD; null for a relative expression ("on Monday") in a document
   * with no publication date: it still marks when the event was, only the date is unknown.
   */
  readonly date: string | null;
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly times: readonly TimeExpression[];
  /** The states an "anti-" adjective is against ("anti-Russia sanctions"), kept apart from
   *  `mentions`: such an adjective names no party acting (src/nlp/annotate.ts). */
  readonly opposed?: readonly Mention[];
}

/** The main text split into sentences with tokens, knowledge-base mentions and dates. */
export interface AnnotatedDocument {
  readonly kind: "AnnotatedDocument";
  readonly mainText: string;
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  /** The signature lines the cleaner set aside as boilerplate ("Antony J. Blinken, Secretary of
   *  State"), annotated on their own: who signs a press statement (src/nlp/signature.ts). */
  readonly signatures?: readonly Sentence[];
}
