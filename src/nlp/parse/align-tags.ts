/** Tags for given words, taken from a tagger that tokenised the same text its own way. */
export interface AlignedTags {
  readonly tags: string[];
  /** Whether both tokenisations agree word for word (then every tag is the tagger's own). */
  readonly exact: boolean;
}

/** Start offsets of `values` found in order in `text` (a value not found keeps the last offset). */
function starts(text: string, values: readonly string[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const v of values) {
    const found = text.indexOf(v, at);
    if (found >= 0 && found - at < 50) {
      out.push(found);
      at = found + v.length;
    } else out.push(at);
  }
  return out;
}

/**
 * Gives each of `words` the tag of the tagger token that covers its first character, matching
 * both tokenisations to `text`: e.g. treebank words "do" "n't" and tagger tokens "do" "n't", or
 * treebank "e-mail" against tagger "e" "-" "mail" (which gets the tag of "e").
 */
export function alignTags(
  text: string,
  words: readonly string[],
  tokens: readonly string[],
  tokenTags: readonly string[],
): AlignedTags {
  const wordStarts = starts(text, words);
  const tokenStarts = starts(text, tokens);
  const tags: string[] = [];
  let t = 0;
  let exact = words.length === tokens.length;
  for (let i = 0; i < words.length; i++) {
    const at = wordStarts[i]!;
    while (t + 1 < tokens.length && tokenStarts[t + 1]! <= at) t++;
    tags.push(tokenTags[t] ?? "X");
    if (exact && (tokens[i] !== words[i] || tokenStarts[i] !== at)) exact = false;
  }
  return { tags, exact };
}
