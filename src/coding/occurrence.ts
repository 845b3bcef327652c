import type { TriggerMatch } from "./lexicon/trigger-match.js";
import type { Report } from "./report.js";

/** One trigger occurrence with its parties, before same-fact mentions are merged. */
export interface Occurrence extends Report {
  readonly match: TriggerMatch;
}
