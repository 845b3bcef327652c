import type { TextUnit } from "./text-units.js";
import { bulletOf, hasCapsLead, hasInnerSentenceBreak, isTruncated, wordCount } from "./shape.js";

/** A one-line headline of another article: short, one sentence at most, no bullet. */
export function isHeadlineLike(u: TextUnit): boolean {
  if (u.lineCount !== 1 || u.bullet || u.pattern !== null || u.text.length > 200) return false;
  const words = wordCount(u.text);
  return words >= 3 && words <= 25 && !hasInnerSentenceBreak(u.text);
}

/** How a teaser's summary opens or ends: a tabloid upper-case lead, or cut off with "...". */
export function summarySignals(u: TextUnit): { caps: boolean; truncated: boolean } | null {
  if (u.pattern !== null || u.bullet || bulletOf(u.text) !== null || wordCount(u.text) < 8) return null;
  const caps = hasCapsLead(u.text);
  const truncated = isTruncated(u.text);
  return caps || truncated ? { caps, truncated } : null;
}

/**
 * Indexes i where units i and i+1 may be a teaser (headline, then summary). The first unit
 * (the article's title) never starts one.
 */
export function teaserCandidates(
  units: readonly TextUnit[],
): Map<number, { caps: boolean; truncated: boolean }> {
  const out = new Map<number, { caps: boolean; truncated: boolean }>();
  for (let i = 1; i + 1 < units.length; i++) {
    if (!isHeadlineLike(units[i]!)) continue;
    const s = summarySignals(units[i + 1]!);
    if (s) out.set(i, s);
  }
  return out;
}
