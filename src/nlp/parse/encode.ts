import { hashString } from "./hash.js";

/** Hashed word forms and tags of a sentence, index 0 for the root. */
export interface EncodedSentence {
  readonly n: number;
  readonly word: Int32Array;
  readonly tag: Int32Array;
  /** The tag strings, for the few decisions made on a tag (the root's relation). */
  readonly upos: readonly string[];
}

const ROOT_WORD = hashString("w:<root>");
const ROOT_TAG = hashString("p:<root>");

/** Lower case with digits folded to 0: "S-400" and "S-300" share their features. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[0-9]/g, "0");
}

const tagHashes = new Map<string, number>();

function tagHash(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) {
    h = hashString("p:" + tag);
    tagHashes.set(tag, h);
  }
  return h;
}

export function encodeSentence(words: readonly string[], upos: readonly string[]): EncodedSentence {
  const n = words.length;
  const word = new Int32Array(n + 1);
  const tag = new Int32Array(n + 1);
  word[0] = ROOT_WORD;
  tag[0] = ROOT_TAG;
  for (let i = 0; i < n; i++) {
    word[i + 1] = hashString("w:" + wordKey(words[i] ?? ""));
    tag[i + 1] = tagHash(upos[i] ?? "X");
  }
  return { n, word, tag, upos };
}
