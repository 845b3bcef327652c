import type { TextUnit } from "./text-units.js";
import { endsWithSentenceMark, isSentenceLike } from "./shape.js";

const PREFIX = /^(\p{Lu}[^:：.!?]{1,39})[:：](?:\s|$)/u;

function prefixOf(text: string): string | null {
  const m = PREFIX.exec(text);
  if (!m) return null;
  const p = m[1]!.trim();
  return p.split(" ").length <= 5 ? p.toLowerCase() : null;
}

/**
 * Finds the repeated short labels that scraped image captions carry ("Putin news:" before
 * each caption, sometimes alone on a line), and returns the indexes of the units that are
 * such captions. A label counts when it stands alone on a line and recurs, or when it opens
 * three or more lines most of which are not sentences (so an interview's "Question:" lines,
 * which end in question marks, are kept).
 */
export function captionUnits(units: readonly TextUnit[]): Set<number> {
  const stats = new Map<string, { count: number; bare: number; sentences: number }>();
  const prefixes: (string | null)[] = units.map((u) => {
    const p = u.pattern === null ? prefixOf(u.text) : null;
    if (p === null) return null;
    const s = stats.get(p) ?? { count: 0, bare: 0, sentences: 0 };
    s.count++;
    if (u.text.length <= p.length + 1) s.bare++;
    else if (isSentenceLike(u.text.slice(p.length + 1))) s.sentences++;
    stats.set(p, s);
    return p;
  });
  const out = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const p = prefixes[i];
    if (p == null) continue;
    const s = stats.get(p)!;
    const labelled = (s.bare >= 1 && s.count >= 2) || (s.count >= 3 && s.sentences * 3 <= s.count);
    if (!labelled) continue;
    const u = units[i]!;
    if (u.text.length <= 250 && (s.bare >= 1 || !endsWithSentenceMark(u.text))) out.add(i);
  }
  return out;
}
