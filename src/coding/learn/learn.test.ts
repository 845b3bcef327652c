import { describe, expect, it, test } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { loadLexicon } from "../lexicon/lexicon.js";
import { codeDocument } from "../code-document.js";
import { resolveSentences } from "../arguments/resolve-sentences.js";
import { documentCandidates } from "./document-candidates.js";
import { propose } from "./propose.js";
import { proposedReports } from "./proposed-reports.js";
import { learnedProposer } from "./proposer.js";
import { calibrated, type ScorerModel } from "./scorer-model.js";
import { governing, sentenceTree, spanHead } from "./sentence-tree.js";
import { DEFAULT_TRAIN_OPTIONS, fitCalibration, trainScorer, type TrainingExample } from "./train-scorer.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

function candidatesOf(text: string) {
  const doc = annotate(text, "2021-03-10", kb);
  return documentCandidates(doc, resolveSentences(doc, kb, lexicon), kb, lexicon);
}

describe("arguments from the tree", () => {
  it.each([
    // The parser hangs these prepositional phrases from the noun before them (nmod), as UD allows.
    ["Poland and Lithuania signed a defence pact with Ukraine.", "LTU", "nsubj", "UKR", "nmod|with"],
    ["The Hungarian government condemned the strikes by Russia.", "HUN", "nsubj", "RUS", "nmod|by"],
    ["Germany sent tanks to Ukraine on Monday.", "DEU", "nsubj", "UKR", "nmod|to"],
    ["Lithuania joined Poland in protesting.", "LTU", "nsubj", "POL", "obj|"],
  ])("%s: the actor attaches as %s, the target as %s", (text, actor, actorRel, target, targetRel) => {
    const c = candidatesOf(text).find((x) => x.actor.party.code === actor && x.target.party.code === target);
    expect(c).toBeDefined();
    expect(c!.features).toContain(`ar=${actorRel}`);
    expect(c!.features).toContain(`trp=${targetRel}`);
  });

  it("a conjunct stands where its first conjunct stands", () => {
    const doc = annotate("Poland and Lithuania signed a pact.", null, kb);
    const sentence = doc.sentences[0]!;
    const tree = sentenceTree(sentence);
    const lithuania = sentence.tokens.findIndex((t) => t.text === "Lithuania");
    const poland = sentence.tokens.findIndex((t) => t.text === "Poland");
    expect(tree.rel[lithuania]).toBe("conj");
    expect(governing(tree, spanHead(tree, lithuania, lithuania + 1))).toBe(poland);
  });

  it("'we' is whom the discourse pass resolved it to; a sentence naming one party implies the speaker", () => {
    // The pairs of the text's last sentence.
    const pairsOf = (text: string) => {
      const candidates = candidatesOf(text);
      const last = candidates.at(-1)?.sentence;
      return candidates
        .filter((c) => c.sentence === last)
        .map((c) => `${c.actor.kind}:${c.actor.party.code}>${c.target.party.code}`);
    };
    // A transcript: "we" is the paragraph's speaker.
    const transcript = pairsOf(
      "Meeting with President of Belarus Alexander Lukashenko.\n\n" +
        "President of Russia Vladimir Putin: We value our partnership with Belarus.",
    );
    expect(transcript).toContain("we:RUS>BLR");
    expect(transcript).not.toContain("implicit:RUS>BLR");
    // A news story's quote: "we" is left alone, the speaker is only implied.
    const story = pairsOf(
      "Vladimir Putin met Alexander Lukashenko in Sochi. Vladimir Putin said trade had grown. " +
        "Vladimir Putin thanked the guests. We value our partnership with Belarus, a minister said.",
    );
    expect(story.filter((p) => p.startsWith("we:"))).toEqual([]);
    expect(story).toContain("implicit:RUS>BLR");
  });

  it("pairs only distinct parties, and nothing from a sentence naming fewer than two", () => {
    for (const c of candidatesOf("Russia and Russia. Serbia protested. Serbia thanked Hungary."))
      expect(c.actor.party.code).not.toBe(c.target.party.code);
    expect(candidatesOf("Serbia protested loudly.")).toEqual([]);
  });

  it("keeps lemmas and relations in separate features, never joined (they do not carry to unseen articles)", () => {
    const c = candidatesOf("Norway thanked Chile for its help.").find(
      (x) => x.actor.party.code === "NOR" && x.target.party.code === "CHL",
    );
    expect(c).toBeDefined();
    expect(c!.features).toContain("tg=thank");
    expect(c!.features).toContain("trp=obj|");
    expect(c!.features.filter((f) => /^(tgr|agr|lcapath)=/.test(f))).toEqual([]);
  });
});

const example = (features: string[], positive: string[] = []): TrainingExample => ({
  features,
  positive: new Set(positive) as TrainingExample["positive"],
  open: new Set(),
});

describe("the learned scorer", () => {
  const examples: TrainingExample[] = [];
  for (let i = 0; i < 40; i++) {
    examples.push(example(["bias", "w=meet", `n=${i % 5}`], ["DIPLOMATIC_COOPERATION"]));
    examples.push(example(["bias", "w=condemn", `n=${i % 5}`], ["CRITICISM"]));
    examples.push(example(["bias", "w=weather", `n=${i % 5}`]));
  }

  it("learns which words state which type, and is deterministic", () => {
    const a = trainScorer(examples, DEFAULT_TRAIN_OPTIONS);
    const b = trainScorer(examples, DEFAULT_TRAIN_OPTIONS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const p = (type: "DIPLOMATIC_COOPERATION" | "CRITICISM", w: string) =>
      (a.types[type] ? Object.entries(a.types[type]) : []).reduce(
        (z, [f, v]) => z + (["bias", w].includes(f) ? v : 0),
        0,
      );
    expect(p("DIPLOMATIC_COOPERATION", "w=meet")).toBeGreaterThan(2);
    expect(p("DIPLOMATIC_COOPERATION", "w=condemn")).toBeLessThan(-2);
    expect(p("CRITICISM", "w=condemn")).toBeGreaterThan(2);
    // Types with too few positives get no model at all.
    expect(a.types.SANCTION).toBeUndefined();
  });

  it("leaves out features seen once, and what the gold leaves open", () => {
    const model = trainScorer(
      [...examples, example(["bias", "w=unique"], ["CRITICISM"])],
      DEFAULT_TRAIN_OPTIONS,
    );
    expect(model.types.CRITICISM?.["w=unique"]).toBeUndefined();
  });

  it("leaves out features of too few documents and the templates asked, and can share weights", () => {
    const inDocs = examples.map((e, i) => ({ ...e, document: i < 60 ? 0 : 1 + (i % 3) }));
    // "n=0" .. "n=4" are in every document; "w=meet" only in documents 0 and 1.
    const few = [...inDocs, { ...example(["bias", "w=rare"], ["CRITICISM"]), document: 0 }];
    few.push({ ...example(["bias", "w=rare"]), document: 0 });
    const model = trainScorer(few, { ...DEFAULT_TRAIN_OPTIONS, minDocs: 2 });
    expect(model.types.CRITICISM?.["w=rare"]).toBeUndefined();
    expect(model.types.CRITICISM?.["w=condemn"]).toBeGreaterThan(0);
    const dropped = trainScorer(examples, { ...DEFAULT_TRAIN_OPTIONS, drop: ["n"] });
    expect(Object.keys(dropped.types.CRITICISM ?? {}).filter((f) => f.startsWith("n="))).toEqual([]);
    const shared = trainScorer(examples, { ...DEFAULT_TRAIN_OPTIONS, shared: true });
    expect(JSON.stringify(shared)).toBe(
      JSON.stringify(trainScorer(examples, { ...DEFAULT_TRAIN_OPTIONS, shared: true })),
    );
    expect(shared.types.CRITICISM?.["w=condemn"]).toBeGreaterThan(0);
  });

  it("calibration maps raw probabilities onto the share that was right", () => {
    const points = [
      ...Array.from({ length: 50 }, (_, i) => ({ p: 0.95, right: i < 25 })),
      ...Array.from({ length: 50 }, (_, i) => ({ p: 0.6, right: i < 5 })),
    ];
    const c = fitCalibration(points);
    const model: ScorerModel = { version: 1, threshold: 0.5, calibration: c, types: {} };
    expect(calibrated(model, 0.95)).toBeGreaterThan(0.4);
    expect(calibrated(model, 0.95)).toBeLessThan(0.6);
    expect(calibrated(model, 0.6)).toBeLessThan(0.2);
  });

  it("proposes one event per type and pair, from its best sentence, at or above the threshold", () => {
    const text = "Serbia and Hungary held talks. Serbia met Hungary in Belgrade. Hungary rained.";
    const candidates = candidatesOf(text);
    const model: ScorerModel = {
      version: 1,
      threshold: 0.7,
      calibration: { a: 1, b: 0 },
      types: { DIPLOMATIC_COOPERATION: { bias: -3, "w=meet": 4, "ar=nsubj": 1 } },
    };
    const proposals = propose(candidates, model);
    const keys = proposals.map(
      (p) => `${p.type}|${p.candidate.actor.party.code}|${p.candidate.target.party.code}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    const srb = proposals.find((p) => p.candidate.actor.party.code === "SRB");
    expect(srb?.candidate.sentence.text).toBe("Serbia met Hungary in Belgrade.");
    for (const p of proposals) expect(p.probability).toBeGreaterThanOrEqual(0.7);
    expect(propose(candidates, { ...model, threshold: 0.999 })).toEqual([]);
  });

  it("with the shipped model, the coder keeps every event of the frames and adds scored ones", () => {
    const text =
      "Vladimir Putin held talks with President of Serbia Aleksandar Vucic in the Kremlin on Tuesday. " +
      "The two presidents discussed trade, energy supplies and the construction of a gas pipeline. " +
      "Russia condemned the NATO bombing of Yugoslavia.";
    const doc = annotate(text, "2019-01-17", kb);
    const frames = codeDocument("t", doc, kb, lexicon);
    const learned = codeDocument("t", doc, kb, lexicon, learnedProposer());
    const key = (e: { type: string; actor: string; target: string }) => `${e.type}|${e.actor}|${e.target}`;
    for (const e of frames) expect(learned.map(key)).toContain(key(e));
    for (const e of learned.filter((x) => !frames.some((f) => key(f) === key(x)))) {
      expect(e.confidence).toBeGreaterThan(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
      expect(text).toContain(e.evidence.text);
    }
  });
});

describe("the date of a proposal", () => {
  // Sentence 0 states the event best ("title"); a signing states it on its own too (p 0.62).
  const model: ScorerModel = {
    version: 1,
    threshold: 0.7,
    calibration: { a: 1, b: 0 },
    types: { ECONOMIC_COOPERATION: { bias: -3, title: 6, "w=sign": 3.5 } },
  };
  const datesOf = (text: string) => {
    const doc = annotate(text, "2031-04-03", kb);
    const candidates = documentCandidates(doc, resolveSentences(doc, kb, lexicon), kb, lexicon);
    return proposedReports(doc, candidates, kb, lexicon, model, new Set()).map(
      (r) => `${r.actor.code} ${r.target.code} ${r.date}`,
    );
  };

  test.each([
    // Its own sentence's time first.
    {
      text: "Hungary and Serbia signed a pipeline deal on Monday.\n\nHungary signed a pipeline deal with Serbia in 2029.",
      expected: ["HUN SRB 2031-03-31"],
    },
    // A headline without a time: the time of the lead sentence naming both parties.
    {
      text: "Hungary and Serbia agree on pipeline\n\nOn Tuesday, the foreign ministers of Hungary and Serbia met in Budapest.",
      expected: ["HUN SRB 2031-04-01"],
    },
    // Else the first later sentence that states the event on its own and has a time.
    {
      text: "Hungary and Serbia signed a pipeline deal.\n\nThe weather was fine. Hungary signed the deal with Serbia in Budapest on 3 March.\n\nHungary signed a gas deal with Serbia in 2029.",
      expected: ["HUN SRB 2031-03-03"],
    },
    // A sentence that does not state it (p 0.05) lends it no time.
    {
      text: "Hungary and Serbia signed a pipeline deal.\n\nThe weather was fine. In 2029, Hungary criticised Serbia.",
      expected: ["HUN SRB null"],
    },
  ])("$text", ({ text, expected }) => {
    expect(datesOf(text).filter((d) => d.startsWith("HUN SRB"))).toEqual(expected);
  });
});
