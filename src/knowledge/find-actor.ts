import type { KnowledgeBase } from "./types.js";

/** What a country or bloc given by a user stands for: its code, or the nearest known one, if any. */
export type FoundActor =
  | { readonly code: string }
  | { readonly code: null; readonly suggestion: { readonly code: string; readonly name: string } | null };

/**
 * The actor code a user means by `text`: a code the knowledge base knows ("srb", "NATO") or a name
 * of a state or organisation in any case ("Serbia", "the united states", "Czechia"); adjectives
 * ("Serbian") are not names. Otherwise the closest code or name within two edits, as a hint.
 */
export function findActor(kb: KnowledgeBase, text: string): FoundActor {
  const wanted = text.trim();
  if (kb.isActor(wanted.toUpperCase())) return { code: wanted.toUpperCase() };
  const names = actorNames(kb);
  const key = normalise(wanted);
  const named = names.get(key);
  if (named) return { code: named };
  let best: { code: string; name: string } | null = null;
  let bestDistance = 3;
  for (const [name, code] of names) {
    const d = editDistance(key, name, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [{ code, name: displayName(kb, code) }, d];
  }
  for (const code of [...kb.states.keys(), ...kb.organisations.keys()]) {
    const d = editDistance(wanted.toUpperCase(), code, Math.min(bestDistance, 2));
    if (d < Math.min(bestDistance, 2)) [best, bestDistance] = [{ code, name: displayName(kb, code) }, d];
  }
  return { code: null, suggestion: best };
}

const namesOf = new WeakMap<KnowledgeBase, Map<string, string>>();

/** Lower-cased names (without a leading "the") to codes, built once per knowledge base. */
function actorNames(kb: KnowledgeBase): Map<string, string> {
  let names = namesOf.get(kb);
  if (names) return names;
  names = new Map();
  for (const a of kb.aliases)
    if (a.ref.kind === "actor" && a.ref.form === "name" && !names.has(normalise(a.text)))
      names.set(normalise(a.text), a.ref.code);
  for (const s of kb.states.values()) names.set(normalise(s.name), s.code);
  for (const o of kb.organisations.values()) names.set(normalise(o.name), o.code);
  namesOf.set(kb, names);
  return names;
}

function displayName(kb: KnowledgeBase, code: string): string {
  return kb.states.get(code)?.name ?? kb.organisations.get(code)?.name ?? code;
}

function normalise(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Levenshtein distance, or `limit` as soon as it is certain to be at least that. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit);
}
