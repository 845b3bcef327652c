import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./load.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe("the validator", () => {
  it("accepts a valid knowledge base from any directory", () => {
    const kb = loadKnowledge(fixture("valid"));
    expect(kb.holder("RUR", "head_of_state", "2010")?.id).toBe("flavia");
    expect(kb.holder("RUR", "head_of_state", "2010-07-14")?.id).toBe("rudolf");
    expect(kb.resolvePerson("flavia", "2005-06")).toEqual({ code: "GRA", role: "LEADER" });
    expect(kb.resolvePerson("flavia", "2003")).toEqual({ code: "RUR", role: "LEADER" });
    // Memberships come from its memberships.yaml.
    expect(kb.organisations.get("CSTO")?.members).toEqual(["GRA"]);
    expect(kb.membershipsAt("RUR", "2002").map((m) => m.kind)).toEqual(["applicant", "candidate"]);
    expect(kb.membershipsAt("RUR", "2011").map((m) => m.kind)).toEqual(["candidate", "frozen"]);
  });

  // [fixture, the message must contain each of these]
  it.each([
    [
      "overlap",
      [
        "src/knowledge/fixtures/overlap/persons.yaml: persons[1] (flavia): tenure 2 overlaps persons[0] (rudolf) tenure 1 for RUR head_of_state",
      ],
    ],
    [
      "unknown-code",
      ["src/knowledge/fixtures/unknown-code/persons.yaml: persons[0] (rupert): unknown state code HNZ"],
    ],
    [
      "duplicate-alias",
      [
        'src/knowledge/fixtures/duplicate-alias/states.yaml: states[1] (GRA): alias "Strelsau" also names another entry',
        "states[0] (RUR)",
      ],
    ],
    [
      "bad-date",
      [
        "src/knowledge/fixtures/bad-date/persons.yaml: persons[0] (rudolf): tenures.0.from: not a calendar date",
      ],
    ],
    [
      "vague-group",
      [
        "src/knowledge/fixtures/vague-group/groups.yaml: groups[0] (the-north): a vague group has no members and no `as`",
        "src/knowledge/fixtures/vague-group/groups.yaml: groups[1] (empty): a group needs members (or `vague: true`)",
      ],
    ],
    [
      "common-word",
      [
        'src/knowledge/fixtures/common-word/groups.yaml: groups[0] (birds): alias "turkey" is a common English word',
      ],
    ],
  ])("rejects %s", (name, parts) => {
    let message = "";
    try {
      loadKnowledge(fixture(name));
    } catch (error) {
      message = (error as Error).message;
    }
    for (const part of parts) expect(message).toContain(part);
  });
});
