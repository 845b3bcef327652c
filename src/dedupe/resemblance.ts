import { SHINGLE_WORDS, foldedWords } from "./words.js";

/**
 * A text's distinct word 4-shingles (lower-cased, diacritic-folded), each as a 32-bit hash: cheaper
 * to build and compare than the shingles' strings, and two texts of a few thousand shingles share
 * a colliding hash by chance about once in a thousand comparisons, which moves nothing.
 */
export function shingleSet(text: string): ReadonlySet<number> {
  const words = foldedWords(text).map(hashWord);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = Math.imul(h ^ words[i + j]!, 0x85ebca6b) ^ (h >>> 13);
    out.add(h >>> 0);
  }
  return out;
}

/**
 * The Jaccard resemblance of two shingle sets: shared shingles over all distinct shingles, from 0
 * to 1. The exact measure the SimHash approximates, used to confirm a near-duplicate the hash found.
 */
export function jaccard(x: ReadonlySet<number>, y: ReadonlySet<number>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / (x.size + y.size - shared);
}

/** The Jaccard resemblance of two texts' shingle sets. */
export function resemblance(a: string, b: string): number {
  return jaccard(shingleSet(a), shingleSet(b));
}

/** FNV-1a over UTF-16 code units, finalised so that similar words spread. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
