import { loadKnowledge } from "../../knowledge/load.js";

/** Our state code of each FIPS 10-4 country code the knowledge base knows (GDELT's geo columns). */
export function statesByFips(): Map<string, string> {
  const map = new Map<string, string>();
  for (const state of loadKnowledge().states.values()) if (state.fips) map.set(state.fips, state.code);
  return map;
}

/** The FIPS 10-4 code of each of our state codes, for writing GDELT's geo columns. */
export function fipsByState(): Map<string, string> {
  const map = new Map<string, string>();
  for (const state of loadKnowledge().states.values()) if (state.fips) map.set(state.code, state.fips);
  return map;
}
