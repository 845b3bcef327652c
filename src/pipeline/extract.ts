import { cleanDocument, type CleanOptions } from "../clean/clean.js";
import { codeDocument } from "../coding/code-document.js";
import type { Proposer } from "../coding/proposer.js";
import { loadLexicon, type Lexicon } from "../coding/lexicon/lexicon.js";
import type { RawDocument } from "../ingest/raw-document.js";
import { loadKnowledge } from "../knowledge/load.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import { annotate } from "../nlp/annotate.js";
import { withSignatures } from "../nlp/signature.js";
import type { ExtractedDocument } from "./extracted-document.js";

export interface ExtractOptions extends CleanOptions {
  readonly kb?: KnowledgeBase;
  readonly lexicon?: Lexicon;
  /** Proposes events beyond the trigger frames (the learned scorer: `learnedProposer()`); none by default. */
  readonly proposer?: Proposer | null;
}

/**
 * Cleans, annotates and codes one raw document: the whole of `curtain extract` for one input.
 * Throws InputError when the input is not a readable article.
 *
 * @example
 *   const out = extract({ kind: "RawDocument", source: "a.txt", bytes, contentType: null,
 *     fetchedAt: new Date().toISOString(), published: "2019-11-21" });
 *   out.events[0]?.evidence.text; // the sentence that states the first event
 */
export function extract(raw: RawDocument, options: ExtractOptions = {}): ExtractedDocument {
  const kb = options.kb ?? loadKnowledge();
  const lexicon = options.lexicon ?? loadLexicon();
  const clean = cleanDocument(raw, options);
  const annotated = withSignatures(annotate(clean.mainText, clean.published, kb), clean.boilerplate, kb);
  return {
    document: {
      id: clean.id,
      source: clean.source,
      format: clean.format,
      title: clean.title,
      published: clean.published,
      language: clean.language,
    },
    mainText: clean.mainText,
    boilerplate: clean.boilerplate,
    teasers: clean.teasers,
    events: codeDocument(clean.id, annotated, kb, lexicon, options.proposer ?? null),
  };
}
