import { afterAll, beforeAll, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import type { Store, StoredEvent } from "./store.js";
import { describeEachDialect } from "./test-dialects.js";
import { testDocument } from "./test-documents.js";

// Words written the ways that split the dialects' own parsers: hyphens, a host name, a decimal, diacritics, Cyrillic.
const pantsir = testDocument(
  "Russia delivered the Pantsir-S1 and S-400 systems to Vučić (see example.com, 1.5 billion).",
  "2020-01-15",
  [
    { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2020-01-10" },
    { type: "DIPLOMATIC_COOPERATION", actor: "SRB", target: "RUS", date: "2020-02" },
  ],
);
const gas = testDocument("Газпром cut gas to Bulgaria; Sofia said the cut was blackmail.", "2022-04-27", [
  { type: "ENERGY_COERCION", actor: "RUS", target: "BGR", date: "2022-04-27" },
]);
const sanctions = testDocument("Washington imposed sanctions on Serbia's oil company.", "2021-05-01", [
  { type: "SANCTION", actor: "USA", target: "SRB", date: "2021-04-30" },
  { type: "SANCTION", actor: "USA", target: "SRB", date: "2021-05-01", modality: "threatened" },
]);

async function page(store: Store, q: string): Promise<string[]> {
  return (await store.queryEvents({ q }, { limit: 100 })).events.map(
    (e) => `${e.type} ${e.actor} ${e.target}`,
  );
}

describeEachDialect("store search and documents", (_dialect, database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database().target);
    for (const d of [pantsir, gas, sanctions]) await store.putDocument(d.doc, d.raw);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("finds events by the words of their document, every word required, case and punctuation aside", async () => {
    expect(await page(store, "pantsir")).toEqual(["ARMS_TRANSFER RUS SRB", "DIPLOMATIC_COOPERATION SRB RUS"]);
    expect(await page(store, "S-400")).toHaveLength(2);
    expect(await page(store, "400")).toHaveLength(2);
    expect(await page(store, "s1")).toHaveLength(2);
    expect(await page(store, "example")).toHaveLength(2);
    expect(await page(store, "5 billion")).toHaveLength(2);
    expect(await page(store, "VUČIĆ")).toHaveLength(2);
    expect(await page(store, "vucic")).toEqual([]);
    expect(await page(store, "газпром blackmail")).toEqual(["ENERGY_COERCION RUS BGR"]);
    expect(await page(store, "gas sanctions")).toEqual([]);
    expect(await page(store, "serbia's")).toEqual(["SANCTION USA SRB", "SANCTION USA SRB"]);
    expect(await page(store, "AND")).toHaveLength(2);
    expect(await page(store, 'main_text: "')).toEqual([]);
    expect(await page(store, "!!!")).toEqual([]);
  });

  it("combines the words with the other filters", async () => {
    const found = await store.queryEvents({ q: "pantsir", actor: "SRB" }, { limit: 10 });
    expect(found.events.map((e) => e.type)).toEqual(["DIPLOMATIC_COOPERATION"]);
    const byCountry = await store.queryEvents(
      { q: "sanctions", country: "SRB", from: "2021-05" },
      { limit: 10 },
    );
    expect(byCountry.events.map((e) => e.date)).toEqual(["2021-05-01"]);
  });

  it("pages newest first with its own cursor, the same events as in date order reversed", async () => {
    const forward: StoredEvent[] = [];
    for await (const e of store.streamEvents({})) forward.push(e);
    const backward: string[] = [];
    let cursor: string | null = null;
    do {
      const p: Awaited<ReturnType<Store["queryEvents"]>> = await store.queryEvents(
        { country: "SRB" },
        { limit: 2, cursor, order: "desc" },
      );
      backward.push(...p.events.map((e) => e.id));
      cursor = p.nextCursor;
    } while (cursor);
    const expected = forward.filter((e) => e.actor === "SRB" || e.target === "SRB").map((e) => e.id);
    expect(backward).toEqual(expected.reverse());
    expect(backward.length).toBeGreaterThan(2);
  });

  it("returns a stored document with its events and their offsets, and null for an unknown id", async () => {
    const got = await store.getDocument(pantsir.raw.sha256);
    expect(got?.document).toMatchObject({ id: pantsir.raw.sha256, published: "2020-01-15", format: "text" });
    expect(got?.mainText).toBe(pantsir.doc.mainText);
    expect(got?.events.map((e) => [e.id, e.evidence.start, e.evidence.end, e.mergedEvent])).toEqual(
      pantsir.doc.events.map((e) => [e.id, e.evidence.start, e.evidence.end, e.id]),
    );
    expect(await store.getDocument("0".repeat(64))).toBeNull();
  });
});
