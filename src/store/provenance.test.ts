import { sql } from "kysely";
import { expect, it } from "vitest";
import type { Provenance } from "../ingest/provenance.js";
import { migrator } from "./migrations.js";
import { openStore } from "./open-store.js";
import { postgresDatabase } from "./postgres-database.js";
import { sqliteDatabase } from "./sqlite-database.js";
import { describeEachDialect } from "./test-dialects.js";
import { testDocument } from "./test-documents.js";

const REAL: Provenance = {
  outlet: "President of Russia (en.kremlin.ru)",
  licence: "CC BY 4.0",
  attribution:
    "President of Russia, 'Talks', May 8, 2005, http://en.kremlin.ru/events/president/news/33300, CC BY 4.0",
  origin: "http://en.kremlin.ru/events/president/news/33300",
  written: false,
};
const WRITTEN: Provenance = {
  outlet: null,
  licence: "MIT (the project's licence)",
  attribution: null,
  origin: "written for the demo corpus in the style of a real outlet",
  written: true,
};
const UNKNOWN = { outlet: null, licence: null, attribution: null, origin: null, written: null };

const real = testDocument("Russia and Ukraine agree a commission.", "2005-05-08", [
  { type: "DIPLOMATIC_COOPERATION", actor: "RUS", target: "UKR", date: "2005-05-08" },
]);
const written = testDocument("Russia suspends the CFE treaty.", "2007-07-14", [
  { type: "THREAT", actor: "RUS", target: "USA", date: "2007-07-14" },
]);
const bare = testDocument("Serbia buys Russian missiles.", "2020-01-15", [
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2020-01-10" },
]);

describeEachDialect("document provenance", (dialect, database) => {
  it("is stored with a document, read back, updated by a re-ingest and never erased", async () => {
    const target = database().target;
    let store = await openStore(target);
    try {
      await store.putDocument(real.doc, { ...real.raw, provenance: REAL });
      await store.putDocument(written.doc, { ...written.raw, provenance: WRITTEN });
      await store.putDocument(bare.doc, bare.raw);
      expect((await store.getDocument(real.raw.sha256))?.document).toMatchObject(REAL);
      expect((await store.getDocument(written.raw.sha256))?.document).toMatchObject(WRITTEN);
      expect((await store.getDocument(bare.raw.sha256))?.document).toMatchObject(UNKNOWN);

      // The same again changes nothing; a corrected sources.json replaces what was stored.
      expect(await store.setProvenance(real.raw.sha256, REAL)).toBe(false);
      const corrected = { ...REAL, licence: "CC BY 4.0 International" };
      expect(await store.setProvenance(real.raw.sha256, corrected)).toBe(true);
      expect((await store.getDocument(real.raw.sha256))?.document).toMatchObject(corrected);
      expect(await store.setProvenance(real.raw.sha256, REAL)).toBe(true);
      // A document stored before its folder had a sources.json gets one on the next run.
      expect(await store.setProvenance(bare.raw.sha256, REAL)).toBe(true);
      expect(await store.setProvenance(bare.raw.sha256, { ...REAL, outlet: null })).toBe(true);
      expect((await store.getDocument(bare.raw.sha256))?.document).toMatchObject({ ...REAL, outlet: null });
      expect(await store.setProvenance("0".repeat(64), REAL)).toBe(false);

      // Stored again without one (another folder, the API): what was stored stays.
      expect(await store.putDocument(real.doc, real.raw)).toMatchObject({ stored: false });
      await store.close();
      store = await openStore(target);
      await store.migrate();
      expect((await store.getDocument(real.raw.sha256))?.document).toMatchObject(REAL);
      expect((await store.getDocument(written.raw.sha256))?.document).toMatchObject(WRITTEN);
    } finally {
      await store.close();
    }
  });
});

describeEachDialect("migration 007 over a store written before it", (dialect, database) => {
  it("migrates a store written before it: every document kept, its provenance unknown until re-ingested", async () => {
    const target = database().target;
    const old = dialect.name === "sqlite" ? sqliteDatabase(target) : postgresDatabase(target);
    const { error } = await (await migrator(old, dialect.name)).migrateTo("006_alignment_index");
    expect(error).toBeUndefined();
    const d = real.doc.document;
    await sql`INSERT INTO documents (id, source, fetched_at, published, language, title, format, content_type, main_text, raw_sha256)
      VALUES (${d.id}, ${d.source}, '2026-01-01', ${d.published}, 'en', ${d.title}, 'text', null, ${real.doc.mainText}, ${d.id})`.execute(
      old,
    );
    await old.destroy();

    const store = await openStore(target);
    try {
      expect(await store.schemaStatus()).toEqual({ applied: 7, total: 7 });
      const before = await store.getDocument(d.id);
      expect(before?.mainText).toBe(real.doc.mainText);
      expect(before?.document).toMatchObject({ id: d.id, title: d.title, ...UNKNOWN });
      expect(await store.setProvenance(d.id, REAL)).toBe(true);
      expect((await store.getDocument(d.id))?.document).toMatchObject(REAL);
    } finally {
      await store.close();
    }
  });
});
