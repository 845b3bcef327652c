import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the built `curtain` binary as users do; `npm test` builds dist/ first.
const BIN = join(import.meta.dirname, "..", "bin", "curtain.mjs");
const dir = mkdtempSync(join(tmpdir(), "curtain-dates-"));

interface Doc {
  document: { published: string | null };
  events: { type: string; actor: string; target: string; date: string | null; dateSource: string }[];
}

const inputs: Record<string, string> = {
  monday:
    "Russia expels diplomats\n\nRussia expelled two Polish diplomats on Monday. Russia expelled two Estonian diplomats last month. Russia expelled two Latvian diplomats this year.\n",
  absolute:
    "Russia expels diplomats\n\nRussia expelled two Polish diplomats on 12 March 2014. In 2019 Russia expelled two Estonian diplomats.\n",
  byline:
    "Russia expels diplomats\n\n29.06.2022 10:37 | Politics\n\nRussia expelled two Polish diplomats on Monday, the ministry said.\n",
  updated:
    "Russia expels diplomats\n\nUpdated 29.06.2022 10:37\n\nRussia expelled two Polish diplomats on Monday, the ministry said.\n",
  below:
    "Russia expels diplomats\n\nRussia expelled two Polish diplomats on Monday, the ministry said.\n\n29.06.2022 10:37\n\nThe diplomats have a week to leave the country, the ministry added.\n",
};

/** One process for all inputs (start-up dominates), with or without --published. */
function extractAll(...flags: string[]): Record<string, Doc> {
  const out = mkdtempSync(join(dir, "out-"));
  const files = Object.entries(inputs).map(([name, text]) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const r = spawnSync(process.execPath, [BIN, "extract", ...files, "--out", out, ...flags], {
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  return Object.fromEntries(
    Object.keys(inputs).map((name) => [
      name,
      JSON.parse(readFileSync(join(out, `${name}.json`), "utf8")) as Doc,
    ]),
  );
}

let unanchored: Record<string, Doc>;
let anchored: Record<string, Doc>;
beforeAll(() => {
  unanchored = extractAll();
  anchored = extractAll("--published", "2022-06-29");
});

const dates = (doc: Doc) => doc.events.map((e) => `${e.actor} ${e.target} ${e.date} ${e.dateSource}`);

describe("event dates when the publication date is unknown", () => {
  it("a relative expression with no publication date gives no date, not one counted from today", () => {
    expect(unanchored.monday!.document.published).toBeNull();
    expect(dates(unanchored.monday!)).toEqual([
      "RUS POL null none",
      "RUS EST null none",
      "RUS LVA null none",
    ]);
  });

  it("absolute dates still count without a publication date", () => {
    expect(dates(unanchored.absolute!)).toEqual(["RUS POL 2014-03-12 text", "RUS EST 2019 text"]);
  });

  it("--published anchors the same relative expressions", () => {
    expect(dates(anchored.monday!)).toEqual([
      "RUS POL 2022-06-27 text",
      "RUS EST 2022-05 text",
      "RUS LVA 2022 text",
    ]);
  });

  it("a byline date above the first paragraph of a text dump is its publication date", () => {
    expect(unanchored.byline!.document.published).toBe("2022-06-29");
    expect(dates(unanchored.byline!)).toEqual(["RUS POL 2022-06-27 text"]);
  });

  it("an update stamp, or a date line below the first paragraph, is not the publication date", () => {
    expect(unanchored.updated!.document.published).toBeNull();
    expect(unanchored.below!.document.published).toBeNull();
    expect(dates(unanchored.below!)[0]).toBe("RUS POL null none");
  });
});
