import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../input-error.js";
import { extract } from "../pipeline/extract.js";
import type { ExtractedDocument } from "../pipeline/extracted-document.js";
import { openStore } from "./open-store.js";
import type { RawInfo, Store, StoredEvent } from "./store.js";
import { DIALECTS, type TestDatabase } from "./test-dialects.js";
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

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.unavailable !== null && dialect.skip)(`store on ${dialect.name}`, () => {
    if (dialect.unavailable !== null) {
      it("has its database server", () => {
        throw new Error(dialect.unavailable ?? "");
      });
      return;
    }
    let db: TestDatabase;
    let store: Store;

    beforeAll(async () => {
      db = await dialect.create();
      store = await openStore(db.target);
    });
    afterAll(async () => {
      await store?.close();
      await db?.drop();
    });

    it("stores the seed once: a second put is a no-op and the events are the same", async () => {
      expect(await store.hasDocument(seedRaw.sha256)).toBe(false);
      const first = await store.putDocument(seed, seedRaw);
      expect(first).toEqual({ stored: true, events: seed.events.length });
      const events = await all(store);
      const rollup = await store.countryMonthRollup({});
      expect(await store.putDocument(seed, seedRaw)).toEqual({ stored: false, events: 0 });
      expect(await store.hasDocument(seedRaw.sha256)).toBe(true);
      expect(await all(store)).toEqual(events);
      expect(await store.countryMonthRollup({})).toEqual(rollup);
      // Every field survives the round trip, mentions and location included.
      const byId = new Map(events.map((e) => [e.id, e]));
      expect(events).toHaveLength(seed.events.length);
      for (const e of seed.events) expect(byId.get(e.id)).toEqual({ ...e, documentId: seed.document.id });
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
        expect(keys(await all(store, { from: "2021-04-30", to: "2021-04-30" }))).toEqual([
          "SANCTION USA SRB",
        ]);
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
        expect(await store.countryMonthRollup({ country: "GEO", from: "2021-05", to: "2021-05" })).toEqual(
          [],
        );
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
        const raw = new BetterSqlite3(db.target, { readonly: true });
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
}
