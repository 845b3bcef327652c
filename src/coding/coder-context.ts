import type { KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../nlp/annotated-document.js";
import type { Party } from "./arguments/resolve-mention.js";
import { resolveSentences } from "./arguments/resolve-sentences.js";
import { firstPersonVoices, type Voices } from "./discourse/first-person.js";
import { headlineSpeaker } from "./discourse/headline-speaker.js";
import { headlineState, topicBloc } from "./discourse/topics.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import { needsSets, type NeedsSets } from "./lexicon/trigger-needs.js";
import { compileCues, type CompiledCues } from "./modality/modality.js";

/** What the coder knows of a document before its first sentence: cues, topics, resolved sentences. */
export interface CoderContext {
  readonly doc: AnnotatedDocument;
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  readonly cues: CompiledCues;
  readonly boundaries: ReadonlySet<string>;
  readonly warnings: ReadonlySet<string>;
  readonly needs: NeedsSets;
  /** The bloc the article is about, and its state (from the headline). */
  readonly topic: Party | null;
  readonly topicState: Party | null;
  /** The sentences with their mentions resolved ("he", "the two countries"). */
  readonly resolved: Sentence[];
  readonly speakerOf: ReturnType<typeof headlineSpeaker>;
  readonly voices: Voices;
}

/** The coder's context of one document. */
export function coderContext(doc: AnnotatedDocument, kb: KnowledgeBase, lexicon: Lexicon): CoderContext {
  const cues = compileCues(lexicon.cues);
  const boundaries = new Set(lexicon.cues.boundary.map((b) => b.toLowerCase()));
  const warnings = new Set(lexicon.cues.warning);
  const needs = needsSets(lexicon);
  const topic = topicBloc(doc.sentences, kb);
  const topicState = headlineState(doc, kb);
  const resolved = resolveSentences(doc, kb, lexicon);
  const speakerOf = headlineSpeaker(resolved, doc.published, kb);
  const voices = firstPersonVoices(doc, kb);
  return {
    doc,
    kb,
    lexicon,
    cues,
    boundaries,
    warnings,
    needs,
    topic,
    topicState,
    resolved,
    speakerOf,
    voices,
  };
}
