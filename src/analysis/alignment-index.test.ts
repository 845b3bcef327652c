import { describe, expect, it } from "vitest";
import { loadLexicon } from "../coding/lexicon/lexicon.js";
import type { EventType } from "../coding/lexicon/event-type.js";
import { alignmentCells, type AlignmentEvent } from "./alignment-cells.js";
import { loadAlignmentWeights } from "./alignment-weights.js";
import { computeIndex } from "./compute-index.js";
import type { IndexRow } from "./index-row.js";
import { structuralPart } from "./structural.js";

const weights = loadAlignmentWeights();
const lexicon = loadLexicon();
let serial = 0;

/** A hand-built merged event; its weight is the lexicon's, as the coder writes it (type x modality). */
function ev(
  type: EventType,
  actor: string,
  target: string,
  date: string,
  more: Partial<AlignmentEvent> = {},
): AlignmentEvent {
  const modality = (more.modality ?? "asserted") as keyof typeof lexicon.modalityFactor;
  return {
    id: `e${++serial}`,
    type,
    actor,
    target,
    modality,
    date,
    weight: lexicon.types[type].weight * lexicon.modalityFactor[modality],
    confidence: 0.9,
    numSources: 1,
    ...more,
  };
}

function index(events: readonly AlignmentEvent[], country: string, month: string): IndexRow {
  const rows = computeIndex(alignmentCells(events), [country], [month], weights, (c, m) =>
    structuralPart(c, m, weights),
  );
  return rows[0]!;
}

const component = (row: IndexRow, name: string) => row.components.find((c) => c.name === name);

describe("the alignment index on hand-built events", () => {
  it("moves Serbia East with a month of Russian arms deliveries and names them", () => {
    const before = index([], "SRB", "2019-11");
    const deliveries = ["2019-11-05", "2019-11-12", "2019-11-26"].map((d) =>
      ev("ARMS_TRANSFER", "RUS", "SRB", d),
    );
    const after = index(deliveries, "SRB", "2019-11");
    expect(after.value).toBeGreaterThan(before.value);
    expect(after.eventPart).toBeGreaterThan(0);
    const coop = component(after, "cooperation-east");
    expect(coop?.value).toBeGreaterThan(0);
    expect(coop?.events.map((e) => e.type)).toEqual(["ARMS_TRANSFER"]);
    expect(deliveries.map((d) => d.id)).toContain(coop?.events[0]?.id);
    expect(coop?.events[0]?.count).toBe(3);
  });

  it("does not move Bulgaria East when Russia cuts its gas", () => {
    const before = index([], "BGR", "2022-04");
    const after = index([ev("ENERGY_COERCION", "RUS", "BGR", "2022-04-27")], "BGR", "2022-04");
    expect(after.value).toBeLessThanOrEqual(before.value);
    expect(component(after, "coercion-by-east")?.value).toBeLessThan(0);
    expect(component(after, "cooperation-east")).toBeUndefined();
  });

  it("counts a threatened sanction less than an imposed one, and hypothetical or negated ones not at all", () => {
    const none = index([], "HUN", "2023-05");
    const at = (modality: string) =>
      index([ev("SANCTION", "HUN", "RUS", "2023-05-10", { modality })], "HUN", "2023-05");
    const imposed = at("asserted");
    const threatened = at("threatened");
    // Sanctions by Hungary against Moscow pull Hungary West (below its value without them).
    expect(imposed.value).toBeLessThan(threatened.value);
    expect(threatened.value).toBeLessThan(none.value);
    for (const modality of ["hypothetical", "negated"]) {
      // Even with a weight left on the row (an import that kept one), nothing counts.
      const row = index(
        [ev("SANCTION", "HUN", "RUS", "2023-05-10", { modality, weight: -6 })],
        "HUN",
        "2023-05",
      );
      expect(row).toEqual(none);
    }
  });

  it("counts nothing outside the window and less the older it is inside it", () => {
    const none = index([], "SRB", "2020-12");
    const outside = index([ev("ARMS_TRANSFER", "RUS", "SRB", "2019-12-31")], "SRB", "2020-12");
    expect(outside).toEqual(none);
    const oldest = index([ev("ARMS_TRANSFER", "RUS", "SRB", "2020-01-01")], "SRB", "2020-12");
    const recent = index([ev("ARMS_TRANSFER", "RUS", "SRB", "2020-12-01")], "SRB", "2020-12");
    expect(oldest.value).toBeGreaterThan(none.value);
    expect(recent.value).toBeGreaterThan(oldest.value);
    // Later months are outside the window too: the index never looks ahead.
    expect(index([ev("ARMS_TRANSFER", "RUS", "SRB", "2021-01-02")], "SRB", "2020-12")).toEqual(none);
  });

  it("damps merged reports by the log of their sources and scales by confidence", () => {
    const mass = (more: Partial<AlignmentEvent>) =>
      index([ev("AID", "USA", "MDA", "2022-03-10", more)], "MDA", "2022-03").eventPart;
    const one = mass({});
    const three = mass({ numSources: 3 });
    expect(three).toBeLessThan(one); // West is negative
    const ratio = (x: number) => x / (1 - Math.abs(x)); // mass / prior, undoing the prior's damping
    expect(ratio(three) / ratio(one)).toBeCloseTo(1 + weights.sourceLog * Math.log(3), 3);
    expect(Math.abs(mass({ confidence: 0.45 }))).toBeLessThan(Math.abs(one));
  });

  it("pushes a country away from the pole it coerces", () => {
    const none = index([], "RUS", "2021-06");
    const cyber = index([ev("CYBER_OPERATION", "RUS", "USA", "2021-06-02")], "RUS", "2021-06");
    expect(cyber.value).toBeGreaterThan(none.value);
    expect(component(cyber, "coercion-of-west")?.value).toBeGreaterThan(0);
  });

  it("classifies the other party by its memberships at the event's month", () => {
    // Montenegro joined NATO on 2017-06-05: cooperation with it is cooperation with the West after, not before.
    const before = index([ev("MILITARY_COOPERATION", "SRB", "MNE", "2016-10-10")], "SRB", "2016-10");
    expect(before.eventPart).toBe(0);
    const after = index([ev("MILITARY_COOPERATION", "SRB", "MNE", "2018-10-10")], "SRB", "2018-10");
    expect(after.eventPart).toBeLessThan(0);
    expect(component(after, "cooperation-west")?.events[0]?.type).toBe("MILITARY_COOPERATION");
  });

  it("reports China beside the axis, not on it", () => {
    const none = index([], "SRB", "2024-05");
    const row = index([ev("ECONOMIC_COOPERATION", "CHN", "SRB", "2024-05-08")], "SRB", "2024-05");
    expect(row.value).toBe(none.value);
    expect(row.china).toBeGreaterThan(0);
    expect(component(row, "cooperation-chn")?.value).toBe(row.china);
  });

  it("adds its axis components up to the value and says when evidence is thin", () => {
    const events = [
      ev("ARMS_TRANSFER", "RUS", "SRB", "2019-11-20"),
      ev("SANCTION", "USA", "SRB", "2019-10-02"),
      ev("DIPLOMATIC_COOPERATION", "SRB", "EU", "2019-09-15"),
      ev("CRITICISM", "SRB", "NATO", "2019-08-15"),
    ];
    const row = index(events, "SRB", "2019-11");
    const sum = row.components.filter((c) => c.pole !== "CHN").reduce((s, c) => s + c.value, 0);
    expect(sum).toBeCloseTo(row.value, 3);
    expect(row.value).toBeGreaterThanOrEqual(-1);
    expect(row.value).toBeLessThanOrEqual(1);
    expect(row.thin).toBe(false);
    expect(index([], "SRB", "2019-11")).toMatchObject({ coverage: 0, thin: true });
    expect(index([ev("CRITICISM", "SRB", "NATO", "2019-11-15")], "SRB", "2019-11").thin).toBe(true);
  });
});

describe("the structural part", () => {
  const s = (code: string, month: string) => structuralPart(code, month, weights);
  it("reads memberships and candidacy at the end of the month", () => {
    expect(s("POL", "2010-01").value).toBeLessThan(-0.9);
    expect(s("RUS", "2016-01").value).toBeGreaterThan(0.9);
    expect(s("SRB", "2019-11").memberships).toEqual(["COE member (-0.1)", "EU candidate (-0.6)"]);
    // Candidacy granted on 2022-06-23 counts for June; NATO membership from 2023-04-04 for April.
    expect(s("UKR", "2022-06").value).toBeLessThan(s("UKR", "2022-05").value);
    expect(s("FIN", "2023-04").value).toBeLessThan(s("FIN", "2023-03").value);
    expect(s("CHN", "2020-01")).toEqual({ value: 0, memberships: [] });
  });

  it("weakens a frozen or suspended status and follows exits", () => {
    // Armenia froze its CSTO participation in February 2024: still a member, counted at 0.2.
    expect(s("ARM", "2024-03").value).toBeLessThan(s("ARM", "2024-01").value);
    expect(s("ARM", "2024-03").memberships).toContain("CSTO member, frozen (+0.2)");
    expect(s("ARM", "2024-03").value).toBeGreaterThan(0);
    // Russia's COE rights were suspended, then it was expelled: it leans further East after.
    expect(s("RUS", "2022-04").value).toBeGreaterThan(s("RUS", "2022-01").value);
    // Georgia left the CIS in 2009.
    expect(s("GEO", "2009-09").value).toBeLessThan(s("GEO", "2009-07").value);
  });
});

describe("the rollup cells", () => {
  it("name a cell by the same event whatever order its events came in: the strongest, then the lowest id", () => {
    const a = ev("DISINFORMATION", "RUS", "USA", "2019-11-02", { id: "b2" });
    const b = ev("DISINFORMATION", "RUS", "USA", "2019-11-09", { id: "a1" });
    const weaker = ev("DISINFORMATION", "RUS", "USA", "2019-11-10", { id: "a0", confidence: 0.5 });
    const names = (events: AlignmentEvent[]) => alignmentCells(events).map((c) => `${c.country} ${c.topId}`);
    expect(names([a, b, weaker])).toEqual(["RUS a1", "USA a1"]);
    expect(names([weaker, b, a])).toEqual(["RUS a1", "USA a1"]);
  });
});
