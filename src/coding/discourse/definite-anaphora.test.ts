import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { annotate } from "../../nlp/annotate.js";
import { loadLexicon } from "../lexicon/lexicon.js";
import { resolveParties, resolveSentences } from "../arguments/resolve-sentences.js";

const kb = loadKnowledge();
const lexicon = loadLexicon();

/**
 * The states the words `span` of the last sentence stand for after the discourse pass (and the
 * learned scorer's second look at the parties, unless `framesOnly`), sorted.
 */
function membersOf(text: string, span: string, framesOnly = false): string[] | null {
  const doc = annotate(text, "2019-05-14", kb);
  const resolved = resolveSentences(doc, kb, lexicon);
  const last = (framesOnly ? resolved : resolveParties(resolved, kb, lexicon)).at(-1)!;
  const m = last.mentions.find((x) => x.text === span);
  if (!m) return null;
  return m.refs.flatMap((r) => (r.kind === "group" ? r.members : r.kind === "actor" ? [r.code] : [])).sort();
}

describe("descriptions of two states", () => {
  it.each([
    // No two states named together in reach: those of the last sentence naming exactly two.
    [
      "Emmanuel Macron received the President of Lithuania. Both countries signed a treaty.",
      "Both countries",
      ["FRA", "LTU"],
    ],
    // Named together further back: that pair, not the nearer sentence naming two.
    [
      "Serbia and Kosovo resumed talks. Belgrade thanked Germany. The two countries will meet again.",
      "The two countries",
      ["SRB", "XKX"],
    ],
    // The last two of a longer list are no pair.
    ["Latvia, Estonia and Finland met. Both countries abstained.", "Both countries", null],
    // An office before "of" is the pair's: "the leaders of the two countries".
    [
      "Turkey and Greece had poor relations, but the leaders of the two countries spoke by telephone.",
      "leaders of the two countries",
      ["GRC", "TUR"],
    ],
    [
      "Serbia and Hungary signed a deal. The foreign ministers of both countries met in Szeged.",
      "foreign ministers of both countries",
      ["HUN", "SRB"],
    ],
  ])("%s -> %s", (text, span, members) => {
    expect(membersOf(text, span, true)).toEqual(members);
  });
});

describe("descriptions of two parties (learned scorer only)", () => {
  it("the trigger frames leave 'the two leaders' and 'they' alone", () => {
    const text = "Emmanuel Macron received the President of Lithuania. The two leaders talked. They agreed.";
    expect(membersOf(text, "The two leaders", true)).toBeNull();
    expect(membersOf(text, "They", true)).toBeNull();
  });

  it.each([
    // A sentence naming exactly two states (one through its president) gives "the two leaders".
    [
      "Emmanuel Macron received the President of Lithuania in Paris. The two leaders discussed energy.",
      "The two leaders",
      ["FRA", "LTU"],
    ],
    [
      "Slovakia hosted a delegation from Hungary on Monday. Both delegations signed a memorandum.",
      "Both delegations",
      ["HUN", "SVK"],
    ],
    [
      "Angela Merkel called Andrzej Duda on Tuesday. Both sides agreed to meet in June.",
      "Both sides",
      ["DEU", "POL"],
    ],
    [
      "Romania and Bulgaria opened talks on a bridge. The sides set up a working group.",
      "The sides",
      ["BGR", "ROU"],
    ],
    [
      "Estonia and Finland discussed a tunnel. The two presidents praised the project.",
      "The two presidents",
      ["EST", "FIN"],
    ],
    // Three states named: "the two leaders" has no pair to stand for.
    ["Leaders of Latvia, Estonia and Finland met. The two leaders talked.", "The two leaders", null],
  ])("%s -> %s", (text, span, members) => {
    expect(membersOf(text, span)).toEqual(members);
  });
});

describe("'they' opening a sentence", () => {
  it.each([
    ["Croatia and Slovenia settled the border dispute. They thanked the mediators.", ["HRV", "SVN"]],
    [
      "Foreign ministers of Italy, Greece and Cyprus met in Rome. They condemned the drilling by Turkey.",
      ["CYP", "GRC", "ITA"],
    ],
    ["Emmanuel Macron called the Prime Minister of Latvia. They discussed the border.", ["FRA", "LVA"]],
    ["Romania and Moldova signed a deal. Both sides praised it. They will meet again.", ["MDA", "ROU"]],
    // One state named before: "they" are not states ("the rebels").
    ["The rebels attacked Georgian positions. They withdrew at night.", null],
  ])("%s", (text, members) => {
    expect(membersOf(text, "They")).toEqual(members);
  });

  it("'they' inside a sentence is left alone", () => {
    expect(membersOf("Croatia and Slovenia met. Officials said they were pleased.", "they")).toBeNull();
  });
});
