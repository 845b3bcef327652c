/** The characters wink-nlp's tokenizer counts as the spaces before a token (its splitter's set). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xa0 ||
    (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** wink-nlp records longer runs of spaces differently; such text takes the slow path. */
const MAX_RUN = 0xfffe;

/**
 * Where each token starts in the text wink-nlp read: after the run of spaces that precedes
 * it. Cheaper than reading wink-nlp's preceding spaces (a string built per token) and the same
 * whenever every token is found where expected; returns null otherwise, and the caller falls
 * back to wink-nlp's own record.
 */
export function tokenStarts(text: string, values: readonly string[]): number[] | null {
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const runStart = offset;
    while (offset < text.length && isSpace(text.charCodeAt(offset))) offset++;
    if (offset - runStart > MAX_RUN) return null;
    const value = values[i]!;
    if (!text.startsWith(value, offset)) return null;
    starts[i] = offset;
    offset += value.length;
  }
  return starts;
}
