import { describe, expect, test, vi } from "vitest";

/** Each text's tokens (text, POS, lemma), read one after the other by modules loaded afresh. */
async function tokensInOrder(texts: readonly string[]): Promise<string[][]> {
  vi.resetModules();
  const { splitSentences } = await import("./sentences.js");
  return texts.map((text) =>
    splitSentences(text).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`)),
  );
}

/** The tokens of the last text: read first by fresh modules, and after the others. */
async function aloneAndAfter(texts: readonly string[]): Promise<[string[], string[]]> {
  const last = texts[texts.length - 1]!;
  const [alone] = await tokensInOrder([last]);
  const after = await tokensInOrder(texts);
  return [alone!, after[after.length - 1]!];
}

// wink-nlp adds each unknown token to its lexicon and keeps whole any string found there later:
// a text's tokens must not depend on what the process read before.
describe("a text's tokens do not depend on the texts read before it", () => {
  test.each([
    // "president's" split from the full stop, then kept whole before a noun.
    [["It was the president's.", "At the Russian president's Black Sea residence, Putin spoke."]],
    [["The minister's, and the envoy's, view.", "The minister's aide met the envoy's staff on Monday."]],
    [["In Kyiv's: no.", "(Moscow's)", "Kyiv's army and Moscow's navy clashed, officials said."]],
  ])("%j", async (texts) => {
    const [alone, after] = await aloneAndAfter(texts);
    expect(after).toEqual(alone);
  });

  test("nor on earlier paragraphs of the same text", async () => {
    const [alone] = await tokensInOrder(["At the president's residence."]);
    const [both] = await tokensInOrder(["It was the president's.\n\nAt the president's residence."]);
    expect(both!.slice(-alone!.length)).toEqual(alone);
  });
});
