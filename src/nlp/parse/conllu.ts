/** One sentence of a treebank: syntactic words (multiword-token ranges and empty nodes left out). */
export interface TreebankSentence {
  readonly id: string;
  readonly text: string;
  readonly words: readonly string[];
  readonly upos: readonly string[];
  /** 1-based head of each word, 0 for the root, as in CoNLL-U. */
  readonly head: readonly number[];
  readonly rel: readonly string[];
  /** Whether each word is followed by a space in the text (CoNLL-U's SpaceAfter=No). */
  readonly spaceAfter: readonly boolean[];
}

/** Reads CoNLL-U text (basic dependencies: columns FORM, UPOS, HEAD, DEPREL). */
export function readConllu(text: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = [];
  let id = "";
  let sentText = "";
  let words: string[] = [];
  let upos: string[] = [];
  let head: number[] = [];
  let rel: string[] = [];
  let spaceAfter: boolean[] = [];
  const flush = (): void => {
    if (words.length > 0) sentences.push({ id, text: sentText, words, upos, head, rel, spaceAfter });
    id = "";
    sentText = "";
    words = [];
    upos = [];
    head = [];
    rel = [];
    spaceAfter = [];
  };
  for (const line of text.split("\n")) {
    if (line === "" || line === "\r") {
      flush();
      continue;
    }
    if (line.startsWith("#")) {
      const m = /^# (sent_id|text) = (.*)$/.exec(line);
      if (m?.[1] === "sent_id") id = m[2] ?? "";
      else if (m?.[1] === "text") sentText = m[2] ?? "";
      continue;
    }
    const cols = line.split("\t");
    if (cols.length < 10 || !/^\d+$/.test(cols[0] ?? "")) continue;
    words.push(cols[1] ?? "");
    upos.push(cols[3] ?? "X");
    head.push(Number(cols[6]));
    rel.push(cols[7] ?? "dep");
    spaceAfter.push(!(cols[9] ?? "").includes("SpaceAfter=No"));
  }
  flush();
  return sentences;
}
