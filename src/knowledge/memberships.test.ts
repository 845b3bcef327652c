import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./load.js";
import { loadMemberships, membershipHistory, membershipsAt } from "./memberships.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const at = (code: string, date: string, dir?: string) =>
  membershipsAt(code, date, dir)
    .map((m) => `${m.bloc} ${m.status}`)
    .sort();

describe("memberships.yaml", () => {
  it("is valid with the rest of the knowledge base", () => {
    expect(() => loadKnowledge()).not.toThrow();
    expect(loadMemberships().size).toBeGreaterThan(50);
  });

  it("answers at a day and at a month", () => {
    expect(at("FIN", "2023-04-03")).toEqual([
      "COE member",
      "EU member",
      "NATO applicant",
      "OSCE member",
      "UN member",
    ]);
    expect(at("FIN", "2023-04-04")).toEqual([
      "COE member",
      "EU member",
      "NATO member",
      "OSCE member",
      "UN member",
    ]);
    // A month covers every day of it: Ukraine was an applicant and a candidate in June 2022.
    expect(at("UKR", "2022-06")).toContain("EU applicant");
    expect(at("UKR", "2022-06")).toContain("EU candidate");
    expect(at("ARM", "2024-03")).toEqual([
      "CIS member",
      "COE member",
      "CSTO frozen",
      "CSTO member",
      "EAEU member",
      "OSCE member",
      "UN member",
    ]);
    expect(at("RUS", "2022-03-01")).toContain("COE suspended");
    expect(at("RUS", "2022-04")).not.toContain("COE member");
    expect(at("GEO", "2010-01")).not.toContain("CIS member");
    expect(at("SRB", "2019-11")).toEqual(["COE member", "EU candidate", "OSCE member", "UN member"]);
  });

  it("gives every fact a source and keeps the history in order", () => {
    const history = membershipHistory("MNE");
    expect(history.map((m) => m.since)).toEqual([...history.map((m) => m.since)].sort());
    for (const m of history) expect(m.source).toMatch(/<https:\/\/\S+>$/u);
    expect(membershipHistory("CHN").map((m) => m.bloc)).toEqual(["UN"]);
    expect(membershipHistory("TWN")).toEqual([]);
  });

  it("is what the knowledge base's states hold: memberships.yaml is the one place they are written", () => {
    const kb = loadKnowledge();
    for (const [code] of loadMemberships())
      expect(
        kb.states.get(code)?.memberships.map((m) => `${m.org} ${m.kind} ${m.from} ${m.to ?? ""}`),
        code,
      ).toEqual(membershipHistory(code).map((m) => `${m.bloc} ${m.status} ${m.since} ${m.until ?? ""}`));
    // Facts states.yaml had its own dates for: the United Kingdom left the EU at midnight CET on
    // 31 January 2020, the Collective Security Treaty dates from 1992.
    expect(kb.membershipsAt("GBR", "2020-01-31").map((m) => m.org)).toContain("EU");
    expect(kb.membershipsAt("RUS", "1995").map((m) => m.org)).toContain("CSTO");
  });

  it("reads another directory", () => {
    expect(at("RUR", "2011-01", fixture("valid"))).toEqual(["EU candidate", "EU frozen"]);
  });

  // [fixture, the message must contain each of these]
  it.each([
    [
      "memberships-overlap",
      [
        "src/knowledge/fixtures/memberships-overlap/memberships.yaml: memberships[1] (RUR EU candidate): overlaps memberships[0] (RUR EU applicant) for RUR EU (applicant)",
        "memberships[2] (GRA CSTO frozen): frozen outside any member, candidate or applicant span for GRA CSTO",
        "memberships[3] (GRA EAEU member): ends (2015-01-01) before it starts (2016-01-01)",
      ],
    ],
    [
      "memberships-unknown",
      [
        "memberships.yaml: memberships[0] (HNZ NATO member): unknown state code HNZ",
        "memberships.yaml: memberships[1] (RUR NATO member): unknown source treaty",
      ],
    ],
    [
      "memberships-bad-date",
      ["memberships-bad-date/memberships.yaml: memberships[0]: since: not a calendar date"],
    ],
  ])("rejects %s, in the knowledge base and in the loader", (name, parts) => {
    for (const load of [() => loadKnowledge(fixture(name)), () => loadMemberships(fixture(name))]) {
      let message = "";
      try {
        load();
      } catch (error) {
        message = (error as Error).message;
      }
      for (const part of parts) expect(message).toContain(part);
    }
  });
});
