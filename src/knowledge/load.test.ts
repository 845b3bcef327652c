import { describe, expect, it } from "vitest";
import { loadKnowledge } from "./load.js";
import type { Office } from "./types.js";

const kb = loadKnowledge();

const REGION = [
  ..."ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL ITA XKX".split(
    " ",
  ),
  ..."LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SMR SRB SVK SVN SWE UKR VAT".split(" "),
  ..."USA CAN TUR CHN IRN ARM AZE GEO KAZ KGZ TJK TKM UZB".split(" "),
  ..."ISR SYR PRK IND JPN VNM MMR IRQ AFG LBY EGY SAU QAT ARE KOR PAK BRA".split(" "),
];

const OFFICE_STATES =
  "RUS UKR BLR SRB USA GBR FRA DEU TUR POL HUN GEO MDA ARM AZE ROU BGR EST LVA LTU FIN SWE NLD DNK ITA CZE SVK MKD ALB MNE BIH XKX HRV GRC KAZ CHN".split(
    " ",
  );

describe("the shipped knowledge base", () => {
  it("loads, validates and is cached", () => {
    expect(kb.aliases.length).toBeGreaterThan(3000);
    expect(loadKnowledge()).toBe(kb);
  });

  it("curates every state of the region with numeric, FIPS and capital", () => {
    for (const code of REGION) {
      const state = kb.states.get(code);
      expect(state, code).toBeDefined();
      expect(state!.fips, code).toMatch(/^[A-Z]{2}$/u);
      expect(state!.capital, code).not.toBeNull();
      if (code === "XKX") expect(state!.numeric).toBeNull();
      else expect(state!.numeric, code).toMatch(/^\d{3}$/u);
    }
  });

  it.each([
    ["RUS", "RS"],
    ["SRB", "RI"],
    ["TUR", "TU"],
    ["UKR", "UP"],
    ["BGR", "BU"],
    ["GEO", "GG"],
    ["XKX", "KV"],
    ["MNE", "MJ"],
  ])("%s has FIPS %s", (code, fips) => expect(kb.states.get(code)?.fips).toBe(fips));

  it("takes the rest of the world from world-countries", () => {
    expect(kb.states.get("NGA")?.numeric).toBe("566");
    expect(kb.isActor("NGA")).toBe(true);
  });

  it("knows the organisations of the guidelines, with members from the memberships", () => {
    for (const code of ["EU", "NATO", "UN", "CSTO", "EAEU", "OSCE", "COE"])
      expect(kb.isActor(code), code).toBe(true);
    expect(kb.organisations.get("NATO")?.members).toEqual(
      expect.arrayContaining(["FIN", "SWE", "MKD", "MNE"]),
    );
    expect(kb.organisations.get("EU")?.members).not.toContain("GBR");
    expect(kb.organisations.get("EU")?.members).toHaveLength(27);
    expect(kb.organisations.get("NATO")?.members).toHaveLength(32);
    expect(kb.organisations.get("COE")?.members).not.toContain("RUS");
    expect(kb.organisations.get("CSTO")?.members).toContain("ARM");
  });

  it("has holders of the four offices for every state most present in the news", () => {
    const offices: Office[] = ["head_of_state", "head_of_government", "foreign_minister"];
    for (const state of OFFICE_STATES)
      for (const office of offices)
        expect(kb.holder(state, office, "2020-06-01"), `${state} ${office}`).not.toBeNull();
  });

  it("has at least 80 weapon systems", () => {
    expect(kb.weapons.size).toBeGreaterThanOrEqual(80);
  });
});
