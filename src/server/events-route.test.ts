import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EVENT_CSV_HEADER } from "../store/event-csv.js";
import type { EventPage, StoredEvent } from "../store/store.js";
import { describeEachDialect } from "../store/test-dialects.js";
import { testDocument } from "../store/test-documents.js";
import { testApp } from "./test-app.js";

const early = testDocument("Moscow delivered Pantsir-S1 systems to Belgrade.", "2020-01-15", [
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2020-01-10" },
  { type: "DIPLOMATIC_COOPERATION", actor: "SRB", target: "RUS", date: "2020-02" },
  { type: "CRITICISM", actor: "HUN", target: "UKR", date: null },
]);
const late = testDocument("Washington threatened sanctions; Gazprom cut gas to Sofia.", "2021-05-01", [
  { type: "SANCTION", actor: "USA", target: "SRB", date: "2021-04-30", modality: "threatened" },
  { type: "ENERGY_COERCION", actor: "RUS", target: "BGR", date: "2021-05-01" },
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2021-05-01" },
]);

describeEachDialect("GET /api/events", (_dialect, database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const t = await testApp(database().target);
    app = t.app;
    for (const d of [early, late]) await t.store.putDocument(d.doc, d.raw);
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = async (url: string) => {
    const r = await app.inject(url);
    return { status: r.statusCode, body: r.statusCode === 200 ? (r.json() as EventPage) : null, raw: r };
  };
  const keys = (events: readonly StoredEvent[]) => events.map((e) => `${e.type} ${e.actor} ${e.target}`);

  it("pages through every event with the cursor, in date order, each event once", async () => {
    const seen: StoredEvent[] = [];
    let url = "/api/events?limit=2";
    for (;;) {
      const { status, body } = await get(url);
      expect(status).toBe(200);
      expect(body!.events.length).toBeLessThanOrEqual(2);
      seen.push(...body!.events);
      if (!body!.nextCursor) break;
      url = `/api/events?limit=2&cursor=${body!.nextCursor}`;
    }
    expect(seen.map((e) => e.id).sort()).toEqual(
      [...early.doc.events, ...late.doc.events].map((e) => e.id).sort(),
    );
    const dates = seen.map((e) => e.date ?? "2020-01-15");
    expect(dates).toEqual([...dates].sort());
    expect(seen[0]).toMatchObject({
      numMentions: 1,
      numSources: 1,
      reports: [{ documentId: early.raw.sha256 }],
    });
  });

  it("takes every filter of curtain events, in any case, and the words of q", async () => {
    expect(keys((await get("/api/events?country=srb")).body!.events)).toEqual([
      "ARMS_TRANSFER RUS SRB",
      "DIPLOMATIC_COOPERATION SRB RUS",
      "SANCTION USA SRB",
      "ARMS_TRANSFER RUS SRB",
    ]);
    expect(keys((await get("/api/events?actor=RUS&type=arms_transfer&from=2021")).body!.events)).toEqual([
      "ARMS_TRANSFER RUS SRB",
    ]);
    expect(keys((await get("/api/events?target=SRB&to=2020-12-31")).body!.events)).toEqual([
      "ARMS_TRANSFER RUS SRB",
    ]);
    expect(keys((await get("/api/events?q=Gazprom%20SOFIA")).body!.events).sort()).toEqual([
      "ARMS_TRANSFER RUS SRB",
      "ENERGY_COERCION RUS BGR",
      "SANCTION USA SRB",
    ]);
    expect(keys((await get("/api/events?q=pantsir-s1&country=HUN")).body!.events)).toEqual([
      "CRITICISM HUN UKR",
    ]);
    expect((await get("/api/events?q=gazprom%20pantsir")).body!.events).toEqual([]);
  });

  it("lists newest first with order=desc, the reverse of the ascending list", async () => {
    const asc = (await get("/api/events?country=SRB")).body!.events.map((e) => e.id);
    const first = (await get("/api/events?country=SRB&order=desc&limit=3")).body!;
    const second = (await get(`/api/events?country=SRB&order=desc&limit=3&cursor=${first.nextCursor}`)).body!;
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual([...asc].reverse());
    expect(second.nextCursor).toBeNull();
  });

  it("answers CSV, streamed, for format=csv and for Accept: text/csv, with every matching row", async () => {
    const byFormat = await app.inject("/api/events?format=csv&country=SRB&limit=1");
    expect(byFormat.statusCode).toBe(200);
    expect(byFormat.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = byFormat.body.trimEnd().split("\n");
    expect(lines[0]).toBe(EVENT_CSV_HEADER);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain("ARMS_TRANSFER,RUS,SRB");
    const byAccept = await app.inject({ url: "/api/events?country=SRB", headers: { accept: "text/csv" } });
    expect(byAccept.headers["content-type"]).toMatch(/^text\/csv/);
    expect(byAccept.body).toBe(byFormat.body);
    const json = await app.inject({ url: "/api/events", headers: { accept: "application/json, text/csv" } });
    expect(json.headers["content-type"]).toMatch(/^application\/json/);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=1001", "limit"],
    ["limit=ten", "limit"],
    ["from=2019-13", "from"],
    ["to=2021-02-30", "to"],
    ["from=yesterday", "from"],
    ["from=2021&to=2020", "from"],
    ["country=S%20RB", "country"],
    ["country=SRB&country=HUN", "country"],
    ["type=INVASION", "type"],
    ["order=newest", "order"],
    ["format=xml", "format"],
    ["cursor=not*a*cursor", "cursor"],
    ["cursor=bm90IGpzb24", "cursor"],
    ["q=%21%21%21", "q"],
    ["montth=2020-01", '"montth"'],
  ])("rejects %s with 400 naming %s", async (query, name) => {
    const r = await app.inject(`/api/events?${query}`);
    expect(r.statusCode).toBe(400);
    expect((r.json() as { message: string }).message).toMatch(new RegExp(`^(unknown parameter )?${name}`));
  });
});
