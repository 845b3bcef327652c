import type { KnowledgeBase } from "../knowledge/types.js";
import type { AnnotatedDocument, Sentence } from "../nlp/annotated-document.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import type { Report } from "./report.js";

/**
 * Proposes reports of events the trigger frames did not code (`known`: their type|actor|target
 * keys; `coded`: the frames' reports, whose dates may date a proposal no sentence dates). The learned scorer is one (`src/coding/learn/proposer.ts`); the coder takes it as an
 * option, so the default path never loads the parser.
 */
export type Proposer = (
  doc: AnnotatedDocument,
  resolved: readonly Sentence[],
  kb: KnowledgeBase,
  lexicon: Lexicon,
  known: ReadonlySet<string>,
  coded: readonly Report[],
) => Report[];
