import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cellAccumulator } from "../analysis/alignment-cells.js";
import {
  alignmentIndex,
  alignmentIndexJson,
  alignmentSeries,
  computedIndex,
  type IndexQuery,
} from "../analysis/alignment-index.js";
import { summariseRow } from "../analysis/index-summary.js";
import type { EventType } from "../coding/lexicon/event-type.js";
import { alignmentEvent } from "./alignment-increments.js";
import { markStale } from "./alignment-index-write.js";
import { upsertCells } from "./alignment-rollup-write.js";
import { migrator } from "./migrations.js";
import { openStore } from "./open-store.js";
import { postgresDatabase } from "./postgres-database.js";
import type { Database, EventsTable } from "./schema.js";
import { sqliteDatabase } from "./sqlite-database.js";
import type { Store } from "./store.js";
import { describeEachDialect, type TestDialect } from "./test-dialects.js";
import { testDocument, testEventRow } from "./test-documents.js";

const DOC = "e".repeat(64);
const COUNTRIES = "RUS BLR USA GBR EU NATO CHN SRB HUN BGR GEO MDA POL DEU ARM UKR XKX".split(" ");
const TYPES: readonly [EventType, number][] = [
  ["ARMS_TRANSFER", 7],
  ["SANCTION", -6],
  ["CRITICISM", -2],
  ["DIPLOMATIC_COOPERATION", 3],
  ["ENERGY_COERCION", -7],
  ["AID", 5],
];
const MODALITIES = ["asserted", "asserted", "asserted", "threatened", "planned", "hypothetical", "negated"];

/** `count` seeded imported events over 2019-2021 (as bulk imports store them). */
function generated(count: number, seed: number, prefix: string): EventsTable[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const actor = pick(COUNTRIES);
    const target = pick(COUNTRIES.filter((c) => c !== actor));
    const [type, weight] = pick(TYPES);
    const modality = pick(MODALITIES);
    const day = `${2019 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`;
    const sources = 1 + Math.floor(next() * 4);
    return testEventRow({
      id: `${prefix}${String(i).padStart(6, "0")}`,
      document_id: DOC,
      type,
      actor,
      target,
      date: day,
      modality,
      weight: modality === "hypothetical" || modality === "negated" ? 0 : weight,
      confidence: 0.5 + Math.round(next() * 50) / 100,
      num_mentions: sources,
      num_sources: sources,
    });
  });
}

/** Every curated state over a span wider than the events' (windows before, after and across them). */
const ALL: IndexQuery = { from: "2018-06", to: "2023-02" };

/** The stored index, in each of its forms, is the computed one: the same rows, JSON and summaries. */
async function expectMaterialisedToEqualComputed(store: Store): Promise<void> {
  for (const q of [ALL, ...["SRB", "RUS", "XKX", "UKR"].map((country) => ({ ...ALL, country }))]) {
    const computed = await computedIndex(store, q);
    expect(await alignmentIndex(store, q)).toEqual(computed);
    expect((await alignmentIndexJson(store, q)).map((r) => r.json)).toEqual(
      computed.map((r) => JSON.stringify(r)),
    );
    expect(await alignmentSeries(store, q)).toEqual(computed.map(summariseRow));
  }
}

/** A second connection to the same database, to write what the store never writes alone. */
function rawDatabase(dialect: TestDialect, target: string): Kysely<Database> {
  return dialect.name === "sqlite" ? sqliteDatabase(target) : postgresDatabase(target);
}

describeEachDialect("the materialised alignment index", (dialect, database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database().target);
    await store.putImportedFile({
      id: DOC,
      source: "generated.CSV",
      fetchedAt: "2026-01-01T00:00:00Z",
      title: null,
      format: "gdelt",
      contentType: null,
    });
  });
  afterAll(async () => {
    await store?.close();
  });

  const staleMarks = async () =>
    (await store.materialisedIndex({ ...ALL, staleFrom: "2000-01", part: "components" })).stale;

  it("equals the index computed from the rollup after bulk inserts, before and after their rows are computed", async () => {
    expect(await store.bulkInsertEvents(generated(3000, 7, "a"))).toBe(3000);
    // A second import: new rows and rows already stored (ignored).
    expect(await store.bulkInsertEvents([...generated(1500, 11, "b"), ...generated(200, 7, "a")])).toBe(1500);
    // Marked stale, not computed yet: readers compute those months from the rollup.
    expect((await staleMarks()).length).toBeGreaterThan(0);
    await expectMaterialisedToEqualComputed(store);
    expect(await store.refreshAlignmentIndex()).toBeGreaterThan(500);
    expect(await staleMarks()).toEqual([]);
    expect(await store.refreshAlignmentIndex()).toBe(0);
    await expectMaterialisedToEqualComputed(store);
  });

  it("writes the rows a stored document changes in its own transaction", async () => {
    const arms = { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", weight: 7 } as const;
    for (const [text, day] of [
      ["Moscow delivers Pantsir systems to Belgrade", "2020-11-20"],
      ["Serbia receives Russian air defence", "2020-11-21"],
    ] as const) {
      const { doc, raw } = testDocument(text, day, [
        { ...arms, date: day, sentence: "Russia delivered Pantsir systems to Serbia." },
        { type: "SANCTION", actor: "USA", target: "SRB", date: "2021-02-03", weight: -6 },
      ]);
      expect((await store.putDocument(doc, raw)).stored).toBe(true);
    }
    expect(await staleMarks()).toEqual([]);
    await expectMaterialisedToEqualComputed(store);
  });

  it("computes rows left stale by an interrupted import when a store is opened to write", async () => {
    // What a bulk insert's transaction writes (cells and stale marks), then a crash before the rows.
    const db = rawDatabase(dialect, database().target);
    try {
      const acc = cellAccumulator();
      for (const row of generated(300, 23, "c")) acc.add(alignmentEvent(row));
      await db.transaction().execute(async (trx) => {
        await upsertCells(trx, dialect.name, acc.cells());
        await markStale(trx, acc.cells());
      });
    } finally {
      await db.destroy();
    }
    expect((await staleMarks()).length).toBeGreaterThan(0);
    await expectMaterialisedToEqualComputed(store);
    const writer = await openStore(database().target);
    await writer.close();
    expect(await staleMarks()).toEqual([]);
    await expectMaterialisedToEqualComputed(store);
  });

  it("never serves rows of other weights, and rebuildAlignment makes them current", async () => {
    const db = rawDatabase(dialect, database().target);
    const q = { from: "2020-11", to: "2020-11", country: "SRB" };
    const right = await computedIndex(store, q);
    try {
      // A row gone wrong: read as it is while the fingerprint matches (so the comparison can fail).
      await db
        .updateTable("alignment_index")
        .set({ event_part: 0.99 })
        .where("country", "=", "SRB")
        .where("month", "=", "2020-11")
        .execute();
      expect((await alignmentIndex(store, q))[0]?.value).not.toBe(right[0]?.value);
      // Rows of other weights are not used.
      await db.updateTable("alignment_index_meta").set({ value: "other weights" }).execute();
      expect(await alignmentIndex(store, q)).toEqual(right);
    } finally {
      await db.destroy();
    }
    const { rows } = await store.rebuildAlignment();
    expect(rows).toBeGreaterThan(500);
    expect(
      (await store.materialisedIndex({ ...q, staleFrom: q.from, part: "components" })).rows[0]?.eventPart,
    ).not.toBe(0.99);
    await expectMaterialisedToEqualComputed(store);
  });
});

describeEachDialect("migration 006 over a store written before it", (dialect, database) => {
  it("fills the materialised index from the rollup stored before", async () => {
    const target = database().target;
    const old = rawDatabase(dialect, target);
    try {
      const { error } = await (await migrator(old, dialect.name)).migrateTo("005_alignment_rollup");
      expect(error).toBeUndefined();
      await sql`INSERT INTO documents (id, source, fetched_at, published, language, title, format, content_type, main_text, raw_sha256)
        VALUES (${DOC}, 'g.CSV', '2026-01-01', null, null, null, 'gdelt', null, '', ${DOC})`.execute(old);
      const rows = generated(800, 5, "m");
      await old.insertInto("events").values(rows).execute();
      const acc = cellAccumulator();
      for (const row of rows) acc.add(alignmentEvent(row));
      await upsertCells(old, dialect.name, acc.cells());
    } finally {
      await old.destroy();
    }
    const store = await openStore(target);
    try {
      expect(
        (await store.materialisedIndex({ ...ALL, staleFrom: ALL.from, part: "components" })).rows.length,
      ).toBeGreaterThan(100);
      await expectMaterialisedToEqualComputed(store);
    } finally {
      await store.close();
    }
  });
});
