import { normaliseForm } from "./normalise.js";
import type { AliasRef, KnowledgeBase } from "./types.js";

/**
 * Test helper: the refs an alias text names, the way the phrase matcher would find them
 * ("the Kremlin" falls back to "Kremlin", as the matcher skips the article).
 */
export function refsFor(kb: KnowledgeBase, text: string): AliasRef[] {
  const find = (t: string) => {
    const refs = kb.aliases.filter((a) => normaliseForm(a.text) === normaliseForm(t)).map((a) => a.ref);
    // "NATO" and "Nato" are two aliases with one ref: keep each ref once.
    return refs.filter((r, i) => refs.findIndex((s) => JSON.stringify(s) === JSON.stringify(r)) === i);
  };
  const direct = find(text);
  return direct.length > 0 || !/^the /iu.test(text) ? direct : find(text.slice(4));
}

/** Test helper: the codes (with roles) a ref stands for at a date; groups expand unless they act `as` one code. */
export function codesFor(kb: KnowledgeBase, ref: AliasRef, date: string | null): string[] {
  switch (ref.kind) {
    case "actor":
      return [`${ref.code}/${ref.role ?? "-"}`];
    case "person": {
      const r = kb.resolvePerson(ref.id, date);
      return [`${r.code}/${r.role ?? "-"}`];
    }
    case "group":
      return ref.as ? [`${ref.as}/-`] : ref.members.map((m) => `${m}/-`);
    case "place":
      return [`${ref.country}/${ref.separatist ? "separatist" : "place"}`];
    case "weapon":
      return [`${ref.origin}/weapon`];
    case "office":
      return [`-/${ref.role}`];
    case "nonstate": {
      const state = ref.mayRule ? kb.rulingState(ref.id, date) : null;
      return [state ? `${state}/GOV` : "-/nonstate"];
    }
  }
}
