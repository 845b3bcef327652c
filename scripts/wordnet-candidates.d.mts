// Types of wordnet-candidates.mjs, for the test suite.
export interface Candidate {
  /** Part of speech and synset offset: "v00828170". */
  readonly key: string;
  readonly pos: "n" | "v";
  readonly lexname: string;
  readonly words: readonly string[];
  readonly gloss: string;
  /** How it was reached: "condemn v1", "condemn v1 -> condemnation". */
  readonly via: string;
}
export declare const SEEDS: Readonly<Record<string, readonly string[]>>;
export declare function candidates(dir?: string): Record<string, Candidate[]>;
export declare function reviewDecisions(text?: string): Map<string, "keep" | "drop">;
