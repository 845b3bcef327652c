import type { Proposer } from "../proposer.js";
import { documentCandidates } from "./document-candidates.js";
import { proposedReports } from "./proposed-reports.js";
import { shippedScorerModel, type ScorerModel } from "./scorer-model.js";

/** The learned scorer as the coder's proposer: candidates from the tree, judged by the model. */
export function learnedProposer(model: ScorerModel = shippedScorerModel()): Proposer {
  return (doc, resolved, kb, lexicon, known, coded) =>
    proposedReports(doc, documentCandidates(doc, resolved, kb, lexicon), kb, lexicon, model, known, coded);
}
