import { hammingDistance } from "./simhash.js";

/**
 * Most bits two near-duplicates' SimHashes differ in (the band probes find every stored hash this
 * close). Measured on the corpus (test/corpus and data/sample, 41 files; hashes of the text without
 * its title): the 812 pairs of different articles are 20 to 49 bits apart (15 pairs at 20-23, none
 * closer), while copies of each of the 32 corpus articles were 0 bits apart with a new headline, at
 * most 7 (median 3) with a line of site chrome added, 10 (median 3) with an inserted intro line,
 * 12 (median 4) with three words changed and 13 (median 8) with one sentence replaced. 11 keeps a
 * margin of 9 bits below the closest different articles and finds all but the most edited copies.
 */
export const MAX_HAMMING = 11;

/**
 * Least shingle resemblance (Jaccard, see resemblance.ts) of a confirmed near-duplicate. The hash
 * alone can put texts that share a large part of their words close: generated benchmark articles
 * drawn from the same sentence pools share 35-54% of their shingles and come 4 to 11 bits apart.
 * The copies above resemble their article by at least 0.72 (one sentence replaced; 0.90 for every
 * other edit); different corpus articles by at most 0.06.
 */
export const MIN_RESEMBLANCE = 0.65;

/** Whether a stored hash is close enough to be checked further. */
export function closeHashes(a: string, b: string): boolean {
  return hammingDistance(a, b) <= MAX_HAMMING;
}
