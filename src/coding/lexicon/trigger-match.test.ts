import { describe, expect, test } from "vitest";
import { splitSentences } from "../../nlp/sentences.js";
import { loadLexicon } from "./lexicon.js";
import { findTriggers } from "./trigger-match.js";

const lexicon = loadLexicon();

/** The ids of the triggers kept in a one-sentence text. */
function triggerIds(text: string): string[] {
  return splitSentences(text).flatMap((s) => findTriggers(s.tokens, lexicon).map((m) => m.trigger.id));
}

describe("overlapping trigger matches", () => {
  test.each([
    // The verb closing a hostile pattern opens no cooperative one: no ratification happened.
    [
      "Hungary has yet to ratify Sweden's membership.",
      "accession-block-yet-to-ratify",
      "accession-progress-ratify",
    ],
    [
      "Turkey had yet to approve Finland's accession protocol.",
      "accession-block-yet-to-ratify",
      "accession-progress-ratify",
    ],
  ])("%s", (text, kept, dropped) => {
    const ids = triggerIds(text);
    expect(ids).toContain(kept);
    expect(ids).not.toContain(dropped);
  });

  test.each([
    // A noun may close one pattern and open another: the bid that was opposed was made.
    ["Russia has long opposed Montenegro's bid to join NATO.", ["accession-block", "accession-bid-aim"]],
    // Without the hold-up the same words are a ratification.
    ["Ankara ratified Finland's membership in March.", ["accession-progress-ratify"]],
  ])("%s", (text, kept) => {
    const ids = triggerIds(text);
    for (const id of kept) expect(ids).toContain(id);
  });
});

describe("a match that does not hold hides no other", () => {
  // "received" opens both the arms purchase (which needs an arms word) and the host's reception.
  const text = "Putin received the Prime Minister of Bulgaria.";
  const tokens = splitSentences(text)[0]!.tokens;
  const noArms = (m: { trigger: { needs?: string } }): boolean => m.trigger.needs !== "arms";

  test("a dropped match leaves the other trigger over its words", () => {
    const ids = findTriggers(tokens, lexicon, noArms).map((m) => m.trigger.id);
    expect(ids).toContain("diplomatic-receive");
    expect(ids).not.toContain("arms-receive-verb");
  });
});

describe("gaps", () => {
  // "~~" bridges twelve words, "~~~" twenty-four: a long reported clause reaches its verdict only
  // through the long gap.
  test.each([
    [
      "Putin stressed the objective necessity to take that decision based on the Georgian authorities' aggression in South Ossetia.",
      "criticism-reported-misconduct-long",
      "criticism-reported-misconduct",
    ],
  ])("%s", (text, kept, dropped) => {
    const ids = triggerIds(text);
    expect(ids).toContain(kept);
    expect(ids).not.toContain(dropped);
  });
});
