import type { Mention, Token } from "./annotated-document.js";

/** The UN's organs by their bare names: "the Security Council", "the General Assembly". */
const ORGANS: readonly (readonly string[])[] = [
  ["security", "council"],
  ["general", "assembly"],
  ["human", "rights", "council"],
];

/**
 * "The Security Council condemned ...", "the General Assembly adopted ...": once the UN has been
 * named in the document, the bare name of one of its organs is the UN
 * (test/corpus-real/ANNOTATION.md, clarification 2). Before that, or after a state ("Russia's
 * Security Council", "the National Security Council"), it is not: states have security councils
 * too. Returns the mentions with the organs added; the same array when there are none.
 */
export function withUnOrgans(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  unNamedBefore: boolean,
): readonly Mention[] {
  let added: Mention[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1]!.norm !== "the") continue;
    const organ = ORGANS.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (!organ) continue;
    const last = i + organ.length;
    if (mentions.some((m) => m.first < last && m.last > i - 1)) continue;
    // "the Security Council of Ukraine": a state's.
    if (tokens[last]?.norm === "of") continue;
    const named = unNamedBefore || mentions.some((m) => m.last <= i && namesUn(m));
    if (!named) continue;
    (added ??= []).push({
      first: i,
      last,
      text: text.slice(tokens[i]!.start, tokens[last - 1]!.end),
      refs: [{ kind: "actor", code: "UN", role: "GOV", form: "metonym" }],
    });
  }
  return added ? [...mentions, ...added].sort((a, b) => a.first - b.first) : mentions;
}

/** Whether a mention names the UN (or one of its organs). */
export function namesUn(m: Mention): boolean {
  return m.refs.some((r) => r.kind === "actor" && r.code === "UN");
}
