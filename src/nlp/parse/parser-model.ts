import type { Scorer } from "./scorer.js";

/** A trained parser: a move classifier, a relation classifier and the relation inventory. */
export interface ParserModel {
  readonly move: Scorer;
  readonly label: Scorer;
  /** Relation names by id (UD relations with subtypes: nsubj:pass, obl:agent, ...). */
  readonly labels: readonly string[];
  /** Which relations were seen on arcs pointing left (dependent first) and right. */
  readonly leftAllowed: Uint8Array;
  readonly rightAllowed: Uint8Array;
  readonly rootLabel: number;
}

/** Relation inventory and directions from training trees (1-based heads). */
export function relationInventory(trees: readonly { head: readonly number[]; rel: readonly string[] }[]): {
  labels: string[];
  leftAllowed: Uint8Array;
  rightAllowed: Uint8Array;
} {
  const names = new Set<string>(["root"]);
  for (const t of trees) for (const r of t.rel) names.add(r);
  const labels = [...names].sort();
  const id = new Map(labels.map((l, i) => [l, i]));
  const leftAllowed = new Uint8Array(labels.length);
  const rightAllowed = new Uint8Array(labels.length);
  for (const t of trees)
    t.rel.forEach((r, i) => {
      const h = t.head[i] ?? 0;
      if (h === 0) return;
      if (i + 1 < h) leftAllowed[id.get(r)!] = 1;
      else rightAllowed[id.get(r)!] = 1;
    });
  return { labels, leftAllowed, rightAllowed };
}
