import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConllu } from "../src/nlp/parse/conllu.js";
import { alignTags } from "../src/nlp/parse/align-tags.js";
import { attachmentScores } from "../src/nlp/parse/evaluate.js";
import { parse } from "../src/nlp/parse/index.js";
import { wink } from "../src/nlp/wink.js";

const thresholds = JSON.parse(readFileSync(join(import.meta.dirname, "thresholds.json"), "utf8")) as {
  parser: { uas: number; las: number; winkTagsUas: number; winkTagsLas: number };
};

describe("dependency parser (shipped weights, data/parser/)", () => {
  const trees = readConllu(
    readFileSync(join(import.meta.dirname, "fixtures/ud/en_ewt-ud-test.conllu"), "utf8"),
  );

  it("meets its UAS and LAS bars on the UD English EWT test set with gold UPOS tags", () => {
    expect(trees.length).toBe(2077);
    const scores = attachmentScores(trees, parse);
    expect(scores.words).toBe(25094);
    expect(scores.uas).toBeGreaterThanOrEqual(thresholds.parser.uas);
    expect(scores.las).toBeGreaterThanOrEqual(thresholds.parser.las);
  });

  it("meets its bars on the same words tagged by wink-nlp, as the coder runs it", () => {
    const nlp = wink();
    const tags = new Map(
      trees.map((t) => {
        const tokens = nlp.readDoc(t.text).tokens();
        return [t, alignTags(t.text, t.words, tokens.out(nlp.its.value), tokens.out(nlp.its.pos)).tags];
      }),
    );
    const scores = attachmentScores(trees, parse, (t) => tags.get(t)!);
    expect(scores.uas).toBeGreaterThanOrEqual(thresholds.parser.winkTagsUas);
    expect(scores.las).toBeGreaterThanOrEqual(thresholds.parser.winkTagsLas);
  });

  // [sentence, expected arcs as "relation(head, dependent)"]: words and tags come from wink-nlp,
  // as they will in the coder.
  const rows: [string, string[]][] = [
    [
      "Russia delivered S-400 missiles to Turkey.",
      [
        "root(ROOT, delivered)",
        "nsubj(delivered, Russia)",
        "obj(delivered, missiles)",
        "obl(delivered, Turkey)",
        "case(Turkey, to)",
      ],
    ],
    [
      "The European Union imposed new sanctions on Russia on Monday.",
      [
        "nsubj(imposed, Union)",
        "obj(imposed, sanctions)",
        // UD attaches the target of sanctions to the noun
        "nmod(sanctions, Russia)",
        "case(Russia, on)",
        "obl(imposed, Monday)",
      ],
    ],
    [
      "Ukraine was attacked by Russian drones overnight.",
      ["nsubj:pass(attacked, Ukraine)", "obl:agent(attacked, drones)"],
    ],
    [
      "Poland denounced the decision and threatened tougher sanctions against Russia.",
      [
        "nsubj(denounced, Poland)",
        "obj(denounced, decision)",
        "conj(denounced, threatened)",
        "obj(threatened, sanctions)",
      ],
    ],
    [
      "The minister said that Moscow had violated the agreement.",
      ["ccomp(said, violated)", "nsubj(violated, Moscow)", "obj(violated, agreement)"],
    ],
    [
      "Russia's annexation of Crimea was condemned by the United Nations.",
      ["nmod:poss(annexation, Russia)", "nmod(annexation, Crimea)", "nsubj:pass(condemned, annexation)"],
    ],
    [
      "The troops that crossed the border were detained.",
      ["acl:relcl(troops, crossed)", "nsubj:pass(detained, troops)"],
    ],
  ];

  it.each(rows)("%s", (sentence, expected) => {
    const nlp = wink();
    const tokens = nlp.readDoc(sentence).tokens();
    const words = tokens.out(nlp.its.value);
    const tags = tokens.out(nlp.its.pos);
    const tree = parse(words, tags);
    const arcs = words.map(
      (w, i) => `${tree.rel[i]}(${tree.head[i] === 0 ? "ROOT" : words[tree.head[i]! - 1]}, ${w})`,
    );
    for (const arc of expected) expect(arcs, `${words.join(" ")} / ${tags.join(" ")}`).toContain(arc);
  });
});
