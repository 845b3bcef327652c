import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventPage, Store, StoredDocument } from "../store/store.js";
import { describeEachDialect } from "../store/test-dialects.js";
import type { IndexRow } from "../analysis/index-row.js";
import { testDocument } from "../store/test-documents.js";
import { testApp, TEST_OPTIONS } from "./test-app.js";

const SEED = "/work/shared/gold/seed/000_063a601448609a77.txt";
const seed = readFileSync(SEED);
const sha = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");
const auth = { authorization: `Bearer ${TEST_OPTIONS.token}` };
const ARTICLE =
  "Hungary signs gas deal with Russia\n\nBUDAPEST - Hungary signed a long-term gas supply contract with Russia on Monday, " +
  "Foreign Minister Peter Szijjarto said. The European Union criticised Hungary for the deal.";
/** Another article, never stored: what the rejected requests carry. */
const OTHER = ARTICLE.replace("Monday", "Tuesday");

describeEachDialect("documents routes", (_dialect, database) => {
  let app: FastifyInstance;
  let store: Store;
  beforeAll(async () => {
    ({ app, store } = await testApp(database().target));
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Every stored event id: what a rejected request must leave as it was. */
  const storedEvents = async () => {
    const ids: string[] = [];
    for await (const e of store.streamEvents({})) ids.push(e.id, ...e.reports.map((r) => r.documentId));
    return ids.sort();
  };

  /** The ids of the events behind Serbia's index values of 2019. */
  const indexedEvents = async () => {
    const r = await app.inject("/api/index?from=2019-01&to=2019-12&country=SRB");
    const rows = (r.json() as { rows: IndexRow[] }).rows;
    return new Set(rows.flatMap((row) => row.components.flatMap((c) => c.events.map((e) => e.id))));
  };

  it("ingests the seed article as text with source and published as query parameters, once", async () => {
    expect(await indexedEvents()).toEqual(new Set());
    const r = await app.inject({
      method: "POST",
      url: "/api/documents?source=seed.txt&published=2019-11-21",
      headers: { ...auth, "content-type": "text/plain; charset=utf-8" },
      payload: seed,
    });
    expect(r.statusCode).toBe(201);
    const put = r.json() as { id: string; stored: boolean; events: number };
    expect(put).toMatchObject({ id: sha(seed), stored: true });
    expect(put.events).toBeGreaterThan(0);
    const again = await app.inject({
      method: "POST",
      url: "/api/documents?source=seed.txt&published=2019-11-21",
      headers: { ...auth, "content-type": "text/plain" },
      payload: seed,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: sha(seed), stored: false, events: 0 });

    // Its events are queryable at once, and the document answers with them and their offsets.
    const events = (await app.inject("/api/events?country=SRB&q=pantsir")).json() as EventPage;
    expect(events.events.some((e) => e.type === "ARMS_TRANSFER" && e.actor === "RUS")).toBe(true);
    const doc = await app.inject(`/api/documents/${sha(seed).toUpperCase()}`);
    expect(doc.statusCode).toBe(200);
    const body = doc.json() as StoredDocument;
    expect(body.document).toMatchObject({
      id: sha(seed),
      source: "seed.txt",
      published: "2019-11-21",
      format: "text",
    });
    expect(body.events).toHaveLength(put.events);
    for (const e of body.events)
      expect(body.mainText.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it("ingests JSON {text, source, published} and HTML bodies", async () => {
    const json = await app.inject({
      method: "POST",
      url: "/api/documents",
      headers: auth,
      payload: { text: ARTICLE, source: "https://example.org/a", published: "2024-02-05" },
    });
    expect(json.statusCode).toBe(201);
    const id = (json.json() as { id: string }).id;
    const doc = (await app.inject(`/api/documents/${id}`)).json() as StoredDocument;
    expect(doc.document).toMatchObject({ source: "https://example.org/a", published: "2024-02-05" });
    const html = `<!doctype html><html><head><title>Gas</title></head><body><article><h1>Hungary signs gas deal with Russia</h1><p>${ARTICLE.split("\n\n")[1]}</p><p>Analysts expect more such deals in the region this year.</p></article></body></html>`;
    const r = await app.inject({
      method: "POST",
      url: "/api/documents?source=gas.html",
      headers: { ...auth, "content-type": "text/html" },
      payload: html,
    });
    expect(r.statusCode).toBe(201);
    const stored = (
      await app.inject(`/api/documents/${(r.json() as { id: string }).id}`)
    ).json() as StoredDocument;
    expect(stored.document.format).toBe("html");
    expect(stored.mainText).not.toContain("<p>");
  });

  it.each([
    ["no token", {}, "text/plain", OTHER, 401],
    ["a wrong token", { authorization: "Bearer wrong" }, "text/plain", OTHER, 401],
    ["a malformed header", { authorization: TEST_OPTIONS.token! }, "text/plain", OTHER, 401],
    ["a body over the limit", auth, "text/plain", `${OTHER} `.repeat(1000), 413],
    ["an empty body", auth, "text/plain", "", 400],
    ["a blank body", auth, "text/plain", " \n\t ", 400],
    [
      "a binary body",
      auth,
      "application/octet-stream",
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2, 3]),
      400,
    ],
    ["NUL bytes as text", auth, "text/plain", Buffer.concat([Buffer.from(OTHER), Buffer.alloc(20)]), 400],
    ["JSON without text", auth, "application/json", JSON.stringify({ source: "x" }), 400],
    [
      "JSON with an unknown field",
      auth,
      "application/json",
      JSON.stringify({ text: OTHER, author: "x" }),
      400,
    ],
    ["an unknown content type", auth, "image/png", "abc", 415],
  ])("rejects %s and stores nothing", async (_name, headers, type, payload, status) => {
    const before = await storedEvents();
    const r = await app.inject({
      method: "POST",
      url: "/api/documents?source=rejected.txt",
      headers: { ...headers, "content-type": type },
      payload,
    });
    expect(r.statusCode).toBe(status);
    expect((r.json() as { message: string }).message).toMatch(
      status === 400 ? /^body|^text|unknown parameter/ : /./,
    );
    expect(await storedEvents()).toEqual(before);
    expect(await store.hasDocument(sha(typeof payload === "string" ? Buffer.from(payload) : payload))).toBe(
      false,
    );
  });

  it.each([
    ["published=2024-02-30", "published"],
    ["published=yesterday", "published"],
    ["source=", "source"],
    ["lang=en", '"lang"'],
  ])("rejects the query %s with 400 naming it", async (query, name) => {
    const r = await app.inject({
      method: "POST",
      url: `/api/documents?${query}`,
      headers: { ...auth, "content-type": "text/plain" },
      payload: ARTICLE,
    });
    expect(r.statusCode).toBe(400);
    expect((r.json() as { message: string }).message).toMatch(new RegExp(`^(unknown parameter )?${name}`));
  });

  it("answers each document with its provenance: outlet, licence, attribution, origin, written", async () => {
    const real = testDocument("Russia and Ukraine agree a commission.", "2005-05-08", [
      { type: "DIPLOMATIC_COOPERATION", actor: "RUS", target: "UKR", date: "2005-05-08" },
    ]);
    const made = testDocument("Russia suspends the CFE treaty.", "2007-07-14", [
      { type: "THREAT", actor: "RUS", target: "USA", date: "2007-07-14" },
    ]);
    const provenance = {
      outlet: "President of Russia (en.kremlin.ru)",
      licence: "CC BY 4.0",
      attribution: "President of Russia, 'Talks', <b>May 8, 2005</b>, CC BY 4.0",
      origin: "http://en.kremlin.ru/events/president/news/33300",
      written: false,
    };
    await store.putDocument(real.doc, { ...real.raw, provenance });
    const written = {
      outlet: null,
      licence: "MIT",
      attribution: null,
      origin: "written for the tests",
      written: true,
    };
    await store.putDocument(made.doc, { ...made.raw, provenance: written });
    const body = async (id: string) => {
      const r = await app.inject(`/api/documents/${id}`);
      expect(r.statusCode).toBe(200);
      return (r.json() as StoredDocument).document;
    };
    // Served as stored, markup and all: the page sets it as text.
    expect(await body(real.raw.sha256)).toMatchObject({
      id: real.raw.sha256,
      published: "2005-05-08",
      ...provenance,
    });
    expect(await body(made.raw.sha256)).toMatchObject(written);
    // A document ingested without a sources.json: nothing is known, and the fields say so.
    expect(await body(sha(seed))).toMatchObject({
      outlet: null,
      licence: null,
      attribution: null,
      origin: null,
      written: null,
    });
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await app.inject(`/api/documents/${"ab".repeat(32)}`)).statusCode).toBe(404);
    const bad = await app.inject("/api/documents/not-an-id");
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { message: string }).message).toMatch(/^id: /);
  });
});

describe("POST /api/documents without a configured token", () => {
  it("does not exist (404), whatever the request carries", async () => {
    const { app } = await testApp(":memory:", { token: null });
    try {
      const r = await app.inject({
        method: "POST",
        url: "/api/documents",
        headers: { authorization: "Bearer anything", "content-type": "text/plain" },
        payload: ARTICLE,
      });
      expect(r.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
