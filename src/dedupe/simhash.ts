import { SHINGLE_WORDS, foldedWords } from "./words.js";
/**
 * Fewer words than this give no hash: a text this short (a caption, an empty GDELT file document)
 * has too few shingles for its hash to say anything, and two such texts are never linked.
 */
export const MIN_WORDS = 40;

/** A 64-bit SimHash as 16 lower-case hex digits, and its four 16-bit bands (high to low). */
export interface SimHash {
  readonly hex: string;
  readonly bands: readonly [number, number, number, number];
}

/**
 * The 64-bit SimHash (Charikar) of a text's word 4-shingles: the text is lower-cased and
 * diacritic-folded, split into runs of letters and digits, and every shingle votes +1 or -1 on
 * each bit by its own 64-bit hash; a bit is set where the votes are positive. Texts sharing most of
 * their shingles get hashes a few bits apart. Null for texts under MIN_WORDS words.
 *
 * @example
 *   hammingDistance(simHash(story)!.hex, simHash(syndicatedCopy)!.hex) // e.g. 2
 */
export function simHash(text: string, shingleWords: number = SHINGLE_WORDS): SimHash | null {
  const words = foldedWords(text);
  if (words.length < MIN_WORDS) return null;
  // Each word hashed once into two independent 32-bit halves; a shingle's hash mixes its words'.
  const hi = new Int32Array(words.length);
  const lo = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    hi[i] = fnv1a(words[i]!, 0x811c9dc5);
    lo[i] = fnv1a(words[i]!, 0x050c5d1f);
  }
  const votes = new Int32Array(64);
  for (let i = 0; i + shingleWords <= words.length; i++) {
    let h = 0x9e3779b9;
    let l = 0x7f4a7c15;
    for (let j = 0; j < shingleWords; j++) {
      h = mix(Math.imul(h ^ hi[i + j]!, 0x85ebca6b) + j);
      l = mix(Math.imul(l ^ lo[i + j]!, 0xc2b2ae35) + j);
    }
    // Count set bits per position; a bit's vote is positive when more than half the shingles set it.
    for (let b = 0; b < 32; b++) {
      votes[b]! += (h >>> (31 - b)) & 1;
      votes[32 + b]! += (l >>> (31 - b)) & 1;
    }
  }
  const shingles = words.length - shingleWords + 1;
  let high = 0;
  let low = 0;
  for (let b = 0; b < 32; b++) {
    high = (high << 1) | (2 * votes[b]! > shingles ? 1 : 0);
    low = (low << 1) | (2 * votes[32 + b]! > shingles ? 1 : 0);
  }
  high >>>= 0;
  low >>>= 0;
  return {
    hex: high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0"),
    bands: [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff],
  };
}

/** Bits that differ between two hashes from `simHash` (their `hex`). */
export function hammingDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16)
    throw new Error(`not a 64-bit hex hash: ${a.length === 16 ? b : a}`);
  return (
    popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) +
    popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16))
  );
}

function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** FNV-1a over UTF-16 code units, from `seed`. */
function fnv1a(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** MurmurHash3's 32-bit finaliser: every input bit reaches every output bit. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
