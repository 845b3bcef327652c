// wink-nlp's UPOS tags for treebank sentences: wink-nlp reads each sentence's text and its
// tokens are matched to the treebank's words by position (src/nlp/parse/align-tags.ts).
import winkNLP from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import { alignTags } from "../dist/nlp/parse/align-tags.js";

/** Returns the sentences with wink-nlp's tags in place of the gold ones, and how many aligned exactly. */
export function withWinkTags(trees) {
  const nlp = winkNLP(winkModel, ["sbd", "pos"]);
  const its = nlp.its;
  let exact = 0;
  let words = 0;
  let same = 0;
  const tagged = trees.map((t) => {
    const text = t.text || t.words.join(" ");
    const tokens = nlp.readDoc(text).tokens();
    const aligned = alignTags(text, t.words, tokens.out(its.value), tokens.out(its.pos));
    if (aligned.exact) exact++;
    aligned.tags.forEach((tag, i) => {
      words++;
      if (tag === t.upos[i]) same++;
    });
    return { ...t, upos: aligned.tags };
  });
  return { tagged, exact, tagAccuracy: same / words };
}
