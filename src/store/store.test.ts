import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../input-error.js";
import { extract } from "../pipeline/extract.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import { migrator } from "./migrations.js";
import { openStore } from "./open-store.js";
import { postgresDatabase } from "./postgres-database.js";
import { sqliteDatabase } from "./sqlite-database.js";
import { toEventRow } from "./event-row.js";
import type { EventsTable } from "./schema.js";
import type { RawInfo, Store, StoredEvent } from "./store.js";
import { describeEachDialect } from "./test-dialects.js";
import { testDocument } from "./test-documents.js";

const SEED = "/work/shared/gold/seed/000_063a601448609a77.txt";
const seedBytes = readFileSync(SEED);
const seed: ExtractedDocument = extract({
  kind: "RawDocument",
  source: SEED,
  bytes: seedBytes,
  contentType: null,
  fetchedAt: "2026-01-01T00:00:00Z",
  published: "2019-11-21",
});
const seedRaw: RawInfo = {
  sha256: createHash("sha256").update(seedBytes).digest("hex"),
  source: SEED,
  fetchedAt: "2026-01-01T00:00:00Z",
  contentType: null,
};

// Two hand-made documents whose events exercise every filter and the rollup's month rules.
const early = testDocument("Early article", "2020-01-15", [
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2020-01-10", weight: 7 },
  { type: "DIPLOMATIC_COOPERATION", actor: "SRB", target: "RUS", date: "2020-02", weight: 3 },
  { type: "CRITICISM", actor: "HUN", target: "UKR", date: null, weight: -2 },
]);
const late = testDocument("Late article", "2021-05-01", [
  { type: "SANCTION", actor: "USA", target: "SRB", date: "2021-04-30", modality: "threatened", weight: -3 },
  { type: "ARMED_CONFLICT", actor: "RUS", target: "UKR", date: "2021", weight: -10 },
  { type: "THREAT", actor: "RUS", target: "GEO", date: "2021-05-01", modality: "hypothetical", weight: -4 },
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2021-05-01", weight: 7 },
]);

async function all(store: Store, filter = {}): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.streamEvents(filter)) out.push(e);
  return out;
}

const keys = (events: readonly StoredEvent[]) => events.map((e) => `${e.type} ${e.actor} ${e.target}`);

describeEachDialect("store", (dialect, database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database().target);
  });
  afterAll(async () => {
    await store?.close();
  });

  it("stores the seed once: a second put is a no-op and the events are the same", async () => {
    expect(await store.hasDocument(seedRaw.sha256)).toBe(false);
    const first = await store.putDocument(seed, seedRaw);
    expect(first).toEqual({ stored: true, events: seed.events.length, duplicateOf: null, merged: 0 });
    const events = await all(store);
    const rollup = await store.countryMonthRollup({});
    expect(await store.putDocument(seed, seedRaw)).toEqual({
      stored: false,
      events: 0,
      duplicateOf: null,
      merged: 0,
    });
    expect(await store.hasDocument(seedRaw.sha256)).toBe(true);
    expect(await all(store)).toEqual(events);
    expect(await store.countryMonthRollup({})).toEqual(rollup);
    // Every field survives the round trip, mentions and location included.
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(events).toHaveLength(seed.events.length);
    for (const e of seed.events)
      expect(byId.get(e.id)).toEqual({
        ...e,
        documentId: seed.document.id,
        numMentions: 1,
        numSources: 1,
        reports: [{ documentId: seed.document.id, source: SEED, evidence: e.evidence }],
        sortDate: e.date ?? seed.document.published,
        addedAt: seedRaw.fetchedAt,
      });
    for (const e of events)
      expect(seed.mainText.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it("stores a document once when two writers race", async () => {
    const race = testDocument("Raced article", "2022-03-03", [
      { type: "AID", actor: "DEU", target: "UKR", date: "2022-03-01" },
    ]);
    const results = await Promise.all([1, 2, 3].map(() => store.putDocument(race.doc, race.raw)));
    expect(results.filter((r) => r.stored)).toHaveLength(1);
    expect(await all(store, { actor: "DEU" })).toHaveLength(1);
  });

  it("writes nothing of a document whose events fail to insert", async () => {
    const broken = testDocument("Broken article", "2022-04-04", [
      { type: "AID", actor: "POL", target: "UKR" },
      { type: "AID", actor: "POL", target: "MDA" },
    ]);
    const [a, b] = broken.doc.events;
    const duplicated = { ...broken.doc, events: [a!, { ...b!, id: a!.id }] };
    await expect(store.putDocument(duplicated, broken.raw)).rejects.toThrow();
    expect(await store.hasDocument(broken.raw.sha256)).toBe(false);
    expect(await all(store, { actor: "POL" })).toEqual([]);
    expect(await store.countryMonthRollup({ country: "POL" })).toEqual([]);
  });

  it("bulk-inserts imported rows with every column in place, as merged events of their own", async () => {
    const file = {
      id: "f".repeat(64),
      source: "bulk.CSV",
      fetchedAt: "2026-01-01T00:00:00Z",
      title: null,
      format: "gdelt",
      contentType: null,
    };
    expect(await store.putImportedFile(file)).toBe(true);
    const row: EventsTable = {
      id: "gdelt-42",
      document_id: file.id,
      type: "THREAT",
      actor: "AAA",
      target: "BBB",
      actor_text: "actor text",
      target_text: "target text",
      actor_role: "MIL",
      modality: "threatened",
      date: "2023-07-08",
      date_source: "published",
      sort_date: "2023-07-08",
      location_name: "Somewhere",
      location_country: "CCC",
      weapon: "a weapon",
      cameo: "138",
      plover: "THREATEN",
      weight: -7.5,
      confidence: 0.25,
      evidence_text: "evidence",
      evidence_start: 11,
      evidence_end: 22,
      mentions: JSON.stringify([{ text: "again", start: 30, end: 35 }]),
      source_url: "https://example.org/42",
      cluster_id: null,
      num_mentions: 7,
      num_sources: 3,
    };
    expect(await store.bulkInsertEvents([row])).toBe(1);
    const [event] = await all(store, { actor: "AAA" });
    expect({
      ...toEventRow(event!, null),
      cluster_id: null,
      num_mentions: event!.numMentions,
      num_sources: event!.numSources,
    }).toEqual(row);
    expect(event!.reports).toEqual([
      {
        documentId: file.id,
        source: "https://example.org/42",
        evidence: { text: "evidence", start: 11, end: 22 },
      },
    ]);
  });

  describe("with two more documents", () => {
    beforeAll(async () => {
      await store.putDocument(early.doc, early.raw);
      await store.putDocument(late.doc, late.raw);
    });

    it("filters by country (actor or target), actor, target, type and dates", async () => {
      const onlyTest = { from: "2020", to: "2021-12-31" };
      expect(keys(await all(store, { ...onlyTest, country: "SRB" }))).toEqual([
        "ARMS_TRANSFER RUS SRB",
        "DIPLOMATIC_COOPERATION SRB RUS",
        "SANCTION USA SRB",
        "ARMS_TRANSFER RUS SRB",
      ]);
      expect(keys(await all(store, { ...onlyTest, actor: "RUS" }))).toEqual([
        "ARMS_TRANSFER RUS SRB",
        "ARMED_CONFLICT RUS UKR",
        "ARMS_TRANSFER RUS SRB",
        "THREAT RUS GEO",
      ]);
      expect(keys(await all(store, { ...onlyTest, target: "UKR" }))).toEqual([
        "CRITICISM HUN UKR",
        "ARMED_CONFLICT RUS UKR",
      ]);
      expect(
        keys(await all(store, { ...onlyTest, type: "ARMS_TRANSFER", actor: "RUS", target: "SRB" })),
      ).toEqual(["ARMS_TRANSFER RUS SRB", "ARMS_TRANSFER RUS SRB"]);
      // An undated event sits at its document's publication date; a month bound takes the whole month.
      expect(keys(await all(store, { from: "2020-01-12", to: "2020-02" }))).toEqual([
        "CRITICISM HUN UKR",
        "DIPLOMATIC_COOPERATION SRB RUS",
      ]);
      expect(keys(await all(store, { from: "2021-04-30", to: "2021-04-30" }))).toEqual(["SANCTION USA SRB"]);
      expect(await all(store, { country: "XXX" })).toEqual([]);
    });

    it("pages with a cursor through exactly the events of one query", async () => {
      const everything = await store.queryEvents({}, { limit: 1000 });
      expect(everything.nextCursor).toBeNull();
      for (const limit of [1, 2, 5]) {
        const seen: StoredEvent[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<Store["queryEvents"]>> = await store.queryEvents(
            {},
            { limit, cursor },
          );
          expect(page.events.length).toBeLessThanOrEqual(limit);
          seen.push(...page.events);
          cursor = page.nextCursor;
          pages++;
        } while (cursor);
        expect(seen).toEqual(everything.events);
        expect(pages).toBe(Math.ceil(everything.events.length / limit));
      }
      const filtered = await store.queryEvents({ country: "SRB" }, { limit: 2 });
      const rest = await store.queryEvents({ country: "SRB" }, { limit: 10, cursor: filtered.nextCursor });
      expect([...filtered.events, ...rest.events]).toEqual(await all(store, { country: "SRB" }));
      expect(filtered.nextCursor).not.toBeNull();
      // `country` is read as two queries (actor, target) merged by date and id: page by page, the same.
      for (const country of ["SRB", "RUS", "UKR"]) {
        const expected = everything.events.filter((e) => e.actor === country || e.target === country);
        const seen: StoredEvent[] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<Store["queryEvents"]>> = await store.queryEvents(
            { country },
            { limit: 1, cursor },
          );
          seen.push(...page.events);
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(expected);
      }
    });

    it("streams with a limit and refuses a made-up cursor", async () => {
      const first3: StoredEvent[] = [];
      for await (const e of store.streamEvents({}, { limit: 3 })) first3.push(e);
      expect(first3).toEqual((await store.queryEvents({}, { limit: 3 })).events);
      await expect(store.queryEvents({}, { limit: 3, cursor: "not-a-cursor" })).rejects.toBeInstanceOf(
        InputError,
      );
    });

    it("keeps the country-month rollup in step with the events", async () => {
      const srb = await store.countryMonthRollup({ country: "SRB", from: "2020-01", to: "2021-12" });
      expect(srb).toEqual([
        { country: "SRB", month: "2020-01", type: "ARMS_TRANSFER", count: 1, weightSum: 7 },
        { country: "SRB", month: "2020-02", type: "DIPLOMATIC_COOPERATION", count: 1, weightSum: 3 },
        { country: "SRB", month: "2021-04", type: "SANCTION", count: 1, weightSum: -3 },
        { country: "SRB", month: "2021-05", type: "ARMS_TRANSFER", count: 1, weightSum: 7 },
      ]);
      // Undated and year-only events count in the publication month; hypothetical ones not at all.
      expect(await store.countryMonthRollup({ country: "UKR", from: "2020-01", to: "2021-12" })).toEqual([
        { country: "UKR", month: "2020-01", type: "CRITICISM", count: 1, weightSum: -2 },
        { country: "UKR", month: "2021-05", type: "ARMED_CONFLICT", count: 1, weightSum: -10 },
      ]);
      expect(await store.countryMonthRollup({ country: "GEO", from: "2021-05", to: "2021-05" })).toEqual([]);
      // Storing the same documents again changes nothing.
      const before = await store.countryMonthRollup({});
      await store.putDocument(early.doc, early.raw);
      await store.putDocument(late.doc, late.raw);
      expect(await store.countryMonthRollup({})).toEqual(before);
      const total = before.reduce((n, r) => n + r.count, 0);
      expect(total).toBeGreaterThan(0);
    });
  });

  if (dialect.name === "sqlite") {
    it("runs in WAL mode with full-text search over main texts", () => {
      const raw = new BetterSqlite3(database().target, { readonly: true });
      try {
        expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
        const hits = raw
          .prepare(
            "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid WHERE documents_fts MATCH ?",
          )
          .all("Crimea") as { id: string }[];
        expect(hits.map((h) => h.id)).toContain(seed.document.id);
      } finally {
        raw.close();
      }
    });
  }
});

// A wire story, a syndicated copy of it (new headline, an intro line, a word changed) and an
// unrelated article: long enough for a SimHash (src/dedupe/simhash.ts).
const WIRE_BODY = [
  "Germany will send a further package of humanitarian aid to Ukraine, the government in Berlin said on Tuesday,",
  "including generators, medical supplies and winter clothing for families displaced by the fighting in the east.",
  "The package, worth about 40 million euros, follows talks between the two foreign ministers in Kyiv last week,",
  "where officials discussed repairs to the power grid and the reconstruction of schools and hospitals.",
  "A spokesman for the ministry said the first lorries would leave within days and that more help was planned",
  "for the coming months, as aid agencies warned of shortages of fuel and drinking water in several regions.",
].join(" ");
const COPY_BODY = `By our correspondent. ${WIRE_BODY.replace("40 million euros", "forty million euros")}`;
const OTHER_BODY = [
  "The United States announced new sanctions on Russian banks and energy companies on Thursday, widening",
  "measures that already restrict the export of technology, as officials in Washington accused Moscow of",
  "helping companies evade earlier restrictions through intermediaries in third countries. The Treasury",
  "said the measures target more than a hundred firms and individuals, and warned that further steps",
  "would follow if shipments of restricted goods continued through neighbouring states in the region.",
].join(" ");

describeEachDialect("merged events and near-duplicate documents", (_dialect, database) => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(database().target);
  });
  afterAll(async () => {
    await store?.close();
  });

  const aid = { type: "AID", actor: "DEU", target: "UKR", date: "2022-03-01", weight: 5 } as const;
  const wire = testDocument(WIRE_BODY, "2022-03-01", [{ ...aid, sentence: "Germany will send aid." }], {
    title: "Germany sends more aid to Ukraine",
  });
  const copy = testDocument(
    COPY_BODY,
    "2022-03-09",
    [{ ...aid, date: null, sentence: "Berlin will send aid." }],
    {
      title: "Berlin pledges winter help for Kyiv | The Daily Example",
    },
  );
  const sanction = { type: "SANCTION", actor: "USA", target: "RUS", weight: -6 } as const;
  const first = testDocument(OTHER_BODY, "2022-03-03", [
    {
      ...sanction,
      date: "2022-03-03",
      sentence: "The United States announced new sanctions on Russian banks.",
    },
  ]);
  const second = testDocument("Washington widens sanctions", "2022-03-05", [
    { ...sanction, date: "2022-03-05", sentence: "Washington imposed sanctions on Moscow's lenders." },
  ]);
  const later = testDocument("Sanctions again, months later", "2022-09-20", [
    { ...sanction, date: "2022-09-20", sentence: "New sanctions on Russia followed in September." },
  ]);

  it("links a syndicated copy to the first document and counts its event once", async () => {
    expect(await store.putDocument(wire.doc, wire.raw)).toMatchObject({
      stored: true,
      duplicateOf: null,
      merged: 0,
    });
    // Published eight days later and undated: the copy's event still joins the wire story's.
    expect(await store.putDocument(copy.doc, copy.raw)).toEqual({
      stored: true,
      events: 1,
      duplicateOf: wire.doc.document.id,
      merged: 1,
    });
    const events = await all(store, { actor: "DEU" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: wire.doc.events[0]!.id, numMentions: 2, numSources: 1 });
    expect(events[0]!.reports.map((r) => [r.documentId, r.evidence.text])).toEqual([
      [wire.doc.document.id, "Germany will send aid."],
      [copy.doc.document.id, "Berlin will send aid."],
    ]);
    expect(events[0]!.reports[1]!.source).toBe(copy.raw.source);
    expect(await store.countryMonthRollup({ country: "DEU" })).toEqual([
      { country: "DEU", month: "2022-03", type: "AID", count: 1, weightSum: 5 },
    ]);
  });

  it("merges one event reported by two articles, keeping both sentences", async () => {
    expect(await store.putDocument(first.doc, first.raw)).toMatchObject({ duplicateOf: null, merged: 0 });
    expect(await store.putDocument(second.doc, second.raw)).toMatchObject({ duplicateOf: null, merged: 1 });
    const events = await all(store, { actor: "USA" });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: "2022-03-03", numMentions: 2, numSources: 2 });
    expect(events[0]!.reports.map((r) => r.evidence.text)).toEqual([
      "The United States announced new sanctions on Russian banks.",
      "Washington imposed sanctions on Moscow's lenders.",
    ]);
  });

  it("keeps the same type, actor and target months apart as two events", async () => {
    expect(await store.putDocument(later.doc, later.raw)).toMatchObject({ merged: 0 });
    const events = await all(store, { actor: "USA" });
    expect(events.map((e) => [e.date, e.numMentions, e.numSources])).toEqual([
      ["2022-03-03", 2, 2],
      ["2022-09-20", 1, 1],
    ]);
    expect(await store.countryMonthRollup({ country: "USA" })).toEqual([
      { country: "USA", month: "2022-03", type: "SANCTION", count: 1, weightSum: -6 },
      { country: "USA", month: "2022-09", type: "SANCTION", count: 1, weightSum: -6 },
    ]);
  });

  it("changes nothing when the same documents are stored again", async () => {
    const events = await all(store);
    const rollup = await store.countryMonthRollup({});
    for (const d of [wire, copy, first, second, later])
      expect(await store.putDocument(d.doc, d.raw)).toMatchObject({ stored: false });
    expect(await all(store)).toEqual(events);
    expect(await store.countryMonthRollup({})).toEqual(rollup);
  });
});

describeEachDialect("migration 003 over a store written before it", (dialect, database) => {
  it("hashes the stored documents and makes each stored event a merged event of its own", async () => {
    const target = database().target;
    const old = dialect.name === "sqlite" ? sqliteDatabase(target) : postgresDatabase(target);
    const { error } = await (await migrator(old, dialect.name)).migrateTo("002_source_url");
    expect(error).toBeUndefined();
    const wire = testDocument(
      WIRE_BODY,
      "2022-03-01",
      [{ type: "AID", actor: "DEU", target: "UKR", date: "2022-03-01" }],
      {
        title: "Germany sends more aid to Ukraine",
      },
    );
    const d = wire.doc.document;
    const e = wire.doc.events[0]!;
    await sql`INSERT INTO documents (id, source, fetched_at, published, language, title, format, content_type, main_text, raw_sha256)
      VALUES (${d.id}, ${d.source}, '2026-01-01', ${d.published}, 'en', ${d.title}, 'text', null, ${wire.doc.mainText}, ${d.id})`.execute(
      old,
    );
    await sql`INSERT INTO events (id, document_id, type, actor, target, actor_text, target_text, actor_role, modality, date,
      date_source, sort_date, weight, confidence, evidence_text, evidence_start, evidence_end, mentions)
      VALUES (${e.id}, ${d.id}, ${e.type}, ${e.actor}, ${e.target}, 'Germany', 'Ukraine', null, 'asserted', ${e.date},
      'text', ${e.date}, 5, 0.5, 'Germany will send aid.', 0, 22, '[]')`.execute(old);
    await old.destroy();

    const store = await openStore(target);
    try {
      const [before] = await all(store);
      expect(before).toMatchObject({ id: e.id, numMentions: 1, numSources: 1 });
      const copy = testDocument(
        COPY_BODY,
        "2022-03-02",
        [{ type: "AID", actor: "DEU", target: "UKR", date: "2022-03-02" }],
        {
          title: "Berlin pledges winter help for Kyiv",
        },
      );
      expect(await store.putDocument(copy.doc, copy.raw)).toMatchObject({ duplicateOf: d.id, merged: 1 });
      expect(await all(store)).toEqual([
        expect.objectContaining({ id: e.id, numMentions: 2, numSources: 1 }),
      ]);
    } finally {
      await store.close();
    }
  });
});
