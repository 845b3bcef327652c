import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { alignmentCells, cellKey, type AlignmentCell } from "../analysis/alignment-cells.js";
import { migrator } from "./migrations.js";
import { openStore } from "./open-store.js";
import { postgresDatabase } from "./postgres-database.js";
import { sqliteDatabase } from "./sqlite-database.js";
import type { EventsTable } from "./schema.js";
import type { Store } from "./store.js";
import { describeEachDialect } from "./test-dialects.js";
import { testDocument } from "./test-documents.js";

/** The rollup an empty store would hold for the merged events stored now, rebuilt from the events. */
async function recomputed(store: Store): Promise<AlignmentCell[]> {
  const stored = [];
  for await (const e of store.streamEvents({})) stored.push(e);
  return alignmentCells(
    stored.map((e) => ({
      id: e.id,
      type: e.type,
      actor: e.actor,
      target: e.target,
      modality: e.modality,
      // The month the store files an event under: its date, else its document's publication date.
      date: e.date && /^\d{4}-\d{2}/u.test(e.date) ? e.date : (published.get(e.documentId) ?? null),
      weight: e.weight,
      confidence: e.confidence,
      numSources: e.numSources,
    })),
  );
}
const published = new Map<string, string | null>();

const sorted = (cells: readonly AlignmentCell[]) =>
  [...cells]
    .map((c) => ({
      ...c,
      wcSum: round(c.wcSum),
      wcLogSourcesSum: round(c.wcLogSourcesSum),
      topScore: round(c.topScore),
    }))
    .sort((a, b) => (cellKey(a) < cellKey(b) ? -1 : 1));
const round = (x: number) => Math.round(x * 1e9) / 1e9 || 0;

describeEachDialect("alignment rollup", (dialect, database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database().target);
  });
  afterAll(async () => {
    await store?.close();
  });

  const arms = { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", weight: 7 } as const;
  const first = testDocument("Moscow delivers Pantsir systems to Belgrade", "2019-11-21", [
    { ...arms, date: "2019-11-20", sentence: "Russia delivered Pantsir systems to Serbia." },
    { type: "ECONOMIC_COOPERATION", actor: "CHN", target: "SRB", date: "2019-11-02", weight: 5 },
    { type: "DIPLOMATIC_COOPERATION", actor: "SRB", target: "XKX", date: "2019-11-03", weight: 3 },
    {
      type: "SANCTION",
      actor: "USA",
      target: "SRB",
      modality: "hypothetical",
      date: "2019-11-04",
      weight: 0,
    },
  ]);
  const second = testDocument("Serbia receives Russian air defence", "2019-11-22", [
    { ...arms, date: "2019-11-21", sentence: "Serbia received Russia's Pantsir air defence system." },
  ]);
  const gas = testDocument("Gazprom halts gas to Bulgaria", "2022-04-27", [
    { type: "ENERGY_COERCION", actor: "RUS", target: "BGR", date: "2022-04-27", weight: -7 },
  ]);

  it("writes the cells of a stored document's events, and only of those with a pole on the other side", async () => {
    for (const d of [first, second, gas]) published.set(d.doc.document.id, d.doc.document.published);
    await store.putDocument(first.doc, first.raw);
    const cells = sorted(await store.alignmentRollup({ from: "2019-01", to: "2019-12" }));
    expect(cells.map(cellKey)).toEqual([
      "SRB 2019-11 CHN target cooperation",
      "SRB 2019-11 EAST target cooperation",
    ]);
    expect(cells[1]).toMatchObject({ count: 1, wcSum: 3.5, wcLogSourcesSum: 0, topType: "ARMS_TRANSFER" });
    expect(cells).toEqual(sorted(await recomputed(store)));
  });

  it("raises ln(numSources) when a second article reports the same event, without counting it twice", async () => {
    await store.putDocument(second.doc, second.raw);
    const [east] = (await store.alignmentRollup({ from: "2019-11", to: "2019-11", country: "SRB" })).filter(
      (c) => c.pole === "EAST",
    );
    expect(east).toMatchObject({ count: 1, wcSum: 3.5 });
    expect(east?.wcLogSourcesSum).toBeCloseTo(3.5 * Math.log(2), 9);
    expect(sorted(await store.alignmentRollup({ from: "2019-01", to: "2019-12" }))).toEqual(
      sorted(await recomputed(store)),
    );
  });

  it("touches only the months and countries of a new document, and nothing on a second put", async () => {
    const before = sorted(await store.alignmentRollup({ from: "2000-01", to: "2030-12" }));
    await store.putDocument(gas.doc, gas.raw);
    await store.putDocument(gas.doc, gas.raw);
    const after = sorted(await store.alignmentRollup({ from: "2000-01", to: "2030-12" }));
    // Bulgaria, coerced by the East, and Russia, coercing a member of the West, in April 2022 only.
    expect(after.filter((c) => c.month !== "2022-04")).toEqual(before);
    expect(after.filter((c) => c.month === "2022-04").map(cellKey)).toEqual([
      "BGR 2022-04 EAST target coercion",
      "RUS 2022-04 WEST actor coercion",
    ]);
  });

  it("adds bulk-inserted rows to the same cells, with their sources", async () => {
    await store.putImportedFile({
      id: "f".repeat(64),
      source: "test.CSV",
      fetchedAt: "2026-01-01T00:00:00Z",
      title: null,
      format: "gdelt",
      contentType: null,
    });
    const row = (id: string, actor: string, target: string, day: string, weight: number): EventsTable => ({
      id,
      document_id: "f".repeat(64),
      type: weight > 0 ? "MILITARY_COOPERATION" : "THREAT",
      actor,
      target,
      actor_text: actor,
      target_text: target,
      actor_role: null,
      modality: "asserted",
      date: day,
      date_source: "text",
      sort_date: day,
      location_name: null,
      location_country: null,
      weapon: null,
      cameo: null,
      plover: null,
      weight,
      confidence: 0.8,
      evidence_text: "x",
      evidence_start: 0,
      evidence_end: 1,
      mentions: "[]",
      source_url: "https://example.org/a",
      cluster_id: null,
      num_mentions: 4,
      num_sources: 3,
    });
    published.set("f".repeat(64), null);
    const inserted = await store.bulkInsertEvents([
      row("g1", "BLR", "SRB", "2019-11-05", 6),
      row("g2", "SRB", "NATO", "2019-12-01", -5),
      row("g3", "SRB", "NATO", "2019-12-01", -5),
    ]);
    expect(inserted).toBe(3);
    expect(await store.bulkInsertEvents([row("g1", "BLR", "SRB", "2019-11-05", 6)])).toBe(0);
    const all = sorted(await store.alignmentRollup({ from: "2000-01", to: "2030-12" }));
    expect(all).toEqual(sorted(await recomputed(store)));
    const east = all.find((c) => cellKey(c) === "SRB 2019-11 EAST target cooperation");
    expect(east).toMatchObject({ count: 2, topId: "g1", topType: "MILITARY_COOPERATION" });
    expect(east?.wcLogSourcesSum).toBeCloseTo(3.5 * Math.log(2) + 6 * 0.8 * Math.log(3), 9);
    expect(all.find((c) => cellKey(c) === "SRB 2019-12 WEST actor coercion")).toMatchObject({
      count: 2,
      wcSum: -8,
    });
    expect(dialect.name).toMatch(/sqlite|postgres/);
  });
});

describeEachDialect("migration 005 over a store written before it", (dialect, database) => {
  it("backfills the alignment rollup from the merged events stored before", async () => {
    const target = database().target;
    const old = dialect.name === "sqlite" ? sqliteDatabase(target) : postgresDatabase(target);
    const { error } = await (await migrator(old, dialect.name)).migrateTo("004_full_text_words");
    expect(error).toBeUndefined();
    await sql`INSERT INTO documents (id, source, fetched_at, published, language, title, format, content_type, main_text, raw_sha256)
      VALUES ('d1', 'a.txt', '2026-01-01', '2019-11-21', 'en', 't', 'text', null, 'text', 'd1')`.execute(old);
    for (const [id, cluster, sources] of [
      ["e1", "e1", 2],
      ["e2", "e1", null],
    ] as const)
      await sql`INSERT INTO events (id, document_id, type, actor, target, actor_text, target_text, actor_role, modality, date,
        date_source, sort_date, weight, confidence, evidence_text, evidence_start, evidence_end, mentions, cluster_id, num_mentions, num_sources)
        VALUES (${id}, 'd1', 'ARMS_TRANSFER', 'RUS', 'SRB', 'Russia', 'Serbia', null, 'asserted', '2019-11-20',
        'text', '2019-11-20', 7, 0.5, 'Russia delivered.', 0, 17, '[]', ${cluster}, ${sources === null ? null : 2}, ${sources})`.execute(
        old,
      );
    await old.destroy();
    const store = await openStore(target);
    try {
      const cells = await store.alignmentRollup({ from: "2019-11", to: "2019-11" });
      expect(cells).toHaveLength(1);
      expect(cells[0]).toMatchObject({
        country: "SRB",
        pole: "EAST",
        role: "target",
        count: 1,
        topId: "e1",
        wcSum: 3.5,
      });
      expect(cells[0]?.wcLogSourcesSum).toBeCloseTo(3.5 * Math.log(2), 9);
    } finally {
      await store.close();
    }
  });
});
