import { describe, expect, test } from "vitest";
import { splitSentences } from "./sentences.js";
import { tokenStarts } from "./token-offsets.js";
import { wink } from "./wink.js";

/** Offsets as wink-nlp records them: its preceding spaces, then the token. */
function winkStarts(text: string): number[] {
  const tokens = wink().readDoc(text).tokens();
  const values = tokens.out() as unknown as string[];
  const spaces = tokens.out(wink().its.precedingSpaces) as unknown as string[];
  let offset = 0;
  return values.map((v, i) => {
    offset += spaces[i]!.length;
    const start = offset;
    offset += v.length;
    return start;
  });
}

const texts = [
  "Russia delivered six MiG-29 jets to Serbia in 2017, officials said.",
  "  Leading spaces,\u00a0a non-breaking space and\u2009thin ones.",
  "Tabs\tand\nnew lines are tokens; so are quotes: “Hello”.",
  "Contractions can't, won't and shouldn't split wrongly.",
];

describe("tokenStarts", () => {
  test.each(texts)("agrees with wink-nlp's preceding spaces: %s", (text) => {
    const values = wink().readDoc(text).tokens().out() as unknown as string[];
    expect(tokenStarts(text, values)).toEqual(winkStarts(text));
  });

  test("gives up when a token is not where it should be", () => {
    expect(tokenStarts("a b", ["a", "c"])).toBeNull();
  });
});

describe("splitSentences", () => {
  test("token offsets index the original text, diacritics included", () => {
    const text = "Vučić met Orbán in Belgrade.\n\nThe talks ended.";
    for (const s of splitSentences(text))
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
