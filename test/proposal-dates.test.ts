import { describe, expect, test } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.js";
import { annotate } from "../src/nlp/annotate.js";
import { loadLexicon } from "../src/coding/lexicon/lexicon.js";
import { codeDocument } from "../src/coding/code-document.js";
import { resolveSentences } from "../src/coding/arguments/resolve-sentences.js";
import { documentCandidates } from "../src/coding/learn/document-candidates.js";
import { proposedReports } from "../src/coding/learn/proposed-reports.js";
import { learnedProposer } from "../src/coding/learn/proposer.js";
import type { ScorerModel } from "../src/coding/learn/scorer-model.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();
const PUBLISHED = "2031-04-03";

/** A model that proposes economic cooperation between the parties of its weighted sentences. */
function model(weights: Record<string, number>): ScorerModel {
  return {
    version: 1,
    threshold: 0.7,
    calibration: { a: 1, b: 0 },
    types: { ECONOMIC_COOPERATION: { bias: -3, ...weights } },
  };
}

// The headline states the pair best ("title"); no other sentence states it on its own.
const TITLE = model({ title: 6 });
// A quoted lead sentence states it best; an unquoted lead sentence states it too (p 0.55).
const LEAD = model({ lead: 3.2, quoted: 6 });

/** The proposals of one pair, "actor target modality date", with the frames' reports coded first. */
function coded(text: string, m: ScorerModel, pair = "HUN SRB"): string[] {
  const doc = annotate(text, PUBLISHED, kb);
  const frames = new Set(codeDocument("t", doc, kb, lexicon).map((e) => `${e.type}|${e.actor}|${e.target}`));
  return codeDocument("t", doc, kb, lexicon, learnedProposer(m))
    .filter((e) => !frames.has(`${e.type}|${e.actor}|${e.target}`))
    .map((e) => `${e.actor} ${e.target} ${e.modality} ${e.date}`)
    .filter((e) => e.startsWith(pair));
}

/** The proposal of one pair read alone (no frames), "modality date". */
function proposed(text: string, m: ScorerModel, pair = "HUN SRB"): string[] {
  const doc = annotate(text, PUBLISHED, kb);
  const candidates = documentCandidates(doc, resolveSentences(doc, kb, lexicon), kb, lexicon);
  return proposedReports(doc, candidates, kb, lexicon, m, new Set())
    .filter((r) => `${r.actor.code} ${r.target.code}` === pair)
    .map((r) => `${r.modality} ${r.date}`);
}

describe("an undated proposal takes the date the frames read in the story", () => {
  test.each([
    // The frames dated a report of the same two parties: a talk on Monday.
    {
      text: "Hungary and Serbia are old friends.\n\nHungary's foreign minister met his Serbian counterpart in Belgrade on Monday.",
      expected: ["HUN SRB asserted 2031-03-31"],
    },
    // ... or of one of them, in the story's days.
    {
      text: "Hungary and Serbia were old friends.\n\nHungary's foreign minister met his Austrian counterpart in Vienna on Monday.",
      expected: ["HUN SRB asserted 2031-03-31"],
    },
    // ... or of others, in the story's days: the story's date.
    {
      text: "Hungary and Serbia were old friends.\n\nAustria's foreign minister met his German counterpart in Vienna on Monday.",
      expected: ["HUN SRB asserted 2031-03-31"],
    },
    // A headline's news is of the publication day.
    {
      text: "Hungary and Serbia, old friends\n\nThe weather was fine.",
      expected: ["HUN SRB asserted 2031-04-03"],
    },
    // => none: another pair's report of another time is history, not the story.
    {
      text: "Hungary and Serbia were old friends.\n\nIn 1990, Hungary's foreign minister met his Austrian counterpart in Vienna.",
      expected: ["HUN SRB asserted null"],
    },
    // => none: a story with no time at all.
    {
      text: "Hungary and Serbia were old friends.\n\nThe weather was fine.",
      expected: ["HUN SRB asserted null"],
    },
    // Its own sentence's time comes first.
    {
      text: "Hungary and Serbia were old friends in 2029.\n\nHungary's foreign minister met his Serbian counterpart in Belgrade on Monday.",
      expected: ["HUN SRB asserted 2029"],
    },
  ])("$text", ({ text, expected }) => {
    expect(coded(text, TITLE)).toEqual(expected);
  });
});

describe("a mark on a proposal stands only when its readings agree", () => {
  test.each([
    // The negation belongs to another clause: read at the trade, the sentence states it.
    {
      text: "The blackout is not a problem that Hungary created; Hungary sells electricity to Serbia.",
      m: TITLE,
      expected: ["asserted 2031-04-03"],
    },
    {
      text: "Hungary has never been an enemy: Hungary sells electricity to Serbia.",
      m: TITLE,
      expected: ["asserted null"],
    },
    // The first sentence stating it asserts it: a later quote's negation does not undo it.
    {
      text: 'Energy news\n\nHungary sells electricity to Serbia.\n\n"Hungary will not forget Serbia," the minister said.',
      m: LEAD,
      expected: ["asserted null"],
    },
    // => kept: every reading negates it.
    {
      text: 'Energy news\n\nHungary does not sell electricity to Serbia.\n\n"Hungary will not sell electricity to Serbia," the minister said.',
      m: LEAD,
      expected: ["negated null"],
    },
    // => kept: no reading asserts it (a plan first, a negation in the quote).
    {
      text: 'Energy news\n\nHungary will sell electricity to Serbia.\n\n"Hungary will never forget Serbia," the minister said.',
      m: LEAD,
      expected: ["negated null"],
    },
    // => kept: a plan read both at the governing word and in the only stating sentence.
    { text: "Hungary will hold talks with Serbia.", m: TITLE, expected: ["planned null"] },
  ])("$text", ({ text, m, expected }) => {
    expect(proposed(text, m)).toEqual(expected);
  });
});
