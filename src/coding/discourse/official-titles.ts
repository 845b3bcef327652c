import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { Official } from "./named-officials.js";

/**
 * "The Deputy Secretary and the State Secretary reaffirmed ...": a title after "the", with no name,
 * refers to the one official recorded before whose title begins with its words ("Deputy
 * Secretary of State Jane Roe", "German State Secretary John Doe"); a title that begins none, or
 * more than one ("the Secretary" after a Deputy Secretary and an Under Secretary), is left alone.
 */
export function titleReferences(
  sentence: Sentence,
  mentions: readonly Mention[],
  officials: readonly Official[],
): readonly Mention[] {
  if (!officials.length) return mentions;
  const { tokens } = sentence;
  let out: Mention[] | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== "the") continue;
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.pos === "PROPN" && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
    if (end === i + 1 || end - i - 1 > 4) continue;
    const current: readonly Mention[] = out ?? mentions;
    if (current.some((m) => m.first < end && m.last > i + 1)) continue;
    const words = tokens.slice(i + 1, end).map((t) => t.norm);
    const matching = officials.filter((o) => o.titles.some((title) => begins(title, words)));
    if (matching.length !== 1) continue;
    const text = sentence.text.slice(
      tokens[i + 1]!.start - sentence.start,
      tokens[end - 1]!.end - sentence.start,
    );
    const mention: Mention = { first: i + 1, last: end, text, refs: [matching[0]!.ref], official: true };
    out = [...current, mention].sort((a, b) => a.first - b.first);
  }
  return out ?? mentions;
}

function begins(title: readonly string[], words: readonly string[]): boolean {
  return words.length <= title.length && words.every((w, k) => title[k] === w);
}
