import type { Candidate } from "./candidate.js";

/** All candidates of one ordered pair of parties in a document. */
export interface PairCandidates {
  readonly actor: string;
  readonly target: string;
  readonly candidates: readonly Candidate[];
  /** The union of their features, with how often the pair is named: what the scorer judges. */
  readonly features: readonly string[];
}

function bucket(n: number): string {
  return n <= 1 ? "1" : n <= 2 ? "2" : n <= 4 ? "4" : n <= 8 ? "8" : "many";
}

/**
 * Groups a document's candidates by ordered pair: the document states an event between two
 * parties or not, whichever of its sentences say so, and the gold says it of the document.
 */
export function pairCandidates(candidates: readonly Candidate[]): PairCandidates[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = `${c.actor.party.code}|${c.target.party.code}`;
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()].map((list) => {
    const features = new Set<string>();
    for (const c of list) for (const f of c.features) features.add(f);
    const sentences = new Set(list.map((c) => c.sentence.index)).size;
    features.add(`sentences=${bucket(sentences)}`);
    return {
      actor: list[0]!.actor.party.code,
      target: list[0]!.target.party.code,
      candidates: list,
      features: [...features],
    };
  });
}
