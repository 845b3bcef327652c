import type { AlignmentWeights } from "./alignment-weights.js";
import { withStructural, type StoredEvidence } from "./index-evidence.js";
import type { StructuralPart } from "./structural.js";

/**
 * A stored row as the JSON text of its IndexRow, character for character what `JSON.stringify`
 * of `withStructural` of the parsed evidence gives, without parsing the stored components: the
 * scalars and the structural component are serialised, the components' text is spliced in.
 * (A month of every state is ~0.5 MB of components at a million events; parsing and serialising
 * them again was a third of a request's time.)
 */
export function indexRowJson(
  stored: StoredEvidence,
  structural: StructuralPart,
  weights: AlignmentWeights,
): string {
  const { componentsJson, ...scalars } = stored;
  const { components, ...row } = withStructural({ ...scalars, components: [] }, structural, weights);
  const head = JSON.stringify(row);
  const inner = componentsJson.slice(1, -1);
  return `${head.slice(0, -1)},"components":[${inner}${inner ? "," : ""}${JSON.stringify(components[0])}]}`;
}
