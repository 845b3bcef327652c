import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { membershipHistory, membershipsAt } from "../knowledge/memberships.js";
import { extract } from "../pipeline/extract.js";
import type { EventPage } from "../store/store.js";
import { describeEachDialect } from "../store/test-dialects.js";
import { testDocument } from "../store/test-documents.js";
import { INDEX_CSV_HEADER, indexCsvLine } from "../analysis/index-csv.js";
import type { IndexRow } from "../analysis/index-row.js";
import { testApp } from "./test-app.js";

const SEED = "/work/shared/gold/seed/000_063a601448609a77.txt";
const seedBytes = readFileSync(SEED);
const seed = extract({
  kind: "RawDocument",
  source: SEED,
  bytes: seedBytes,
  contentType: null,
  fetchedAt: "2026-01-01T00:00:00Z",
  published: "2019-11-21",
});
const gas = testDocument("Gazprom cut gas to Bulgaria.", "2022-04-27", [
  { type: "ENERGY_COERCION", actor: "RUS", target: "BGR", date: "2022-04-27", weight: -6 },
  { type: "ARMS_TRANSFER", actor: "RUS", target: "SRB", date: "2022-04-20", weight: 7 },
]);

interface IndexPage {
  from: string;
  to: string;
  rows: IndexRow[];
  nextCursor: string | null;
}

describeEachDialect("GET /api/index and /api/countries", (_dialect, database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const t = await testApp(database().target);
    app = t.app;
    await t.store.putDocument(seed, {
      sha256: createHash("sha256").update(seedBytes).digest("hex"),
      source: SEED,
      fetchedAt: "2026-01-01T00:00:00Z",
      contentType: null,
    });
    await t.store.putDocument(gas.doc, gas.raw);
  });
  afterAll(async () => {
    await app?.close();
  });
  const json = async <T>(url: string): Promise<T> => {
    const r = await app.inject(url);
    expect(r.statusCode, `${url}: ${r.body}`).toBe(200);
    return r.json() as T;
  };

  it("gives every country's row for a month, paged by its cursor, each country once", async () => {
    const all = await json<IndexPage>("/api/index?month=2019-11&limit=1000");
    expect(all.nextCursor).toBeNull();
    expect(all.rows.length).toBeGreaterThan(20);
    expect(new Set(all.rows.map((r) => r.month))).toEqual(new Set(["2019-11"]));
    const paged: IndexRow[] = [];
    let url = "/api/index?month=2019-11&limit=7";
    for (;;) {
      const page = await json<IndexPage>(url);
      paged.push(...page.rows);
      if (!page.nextCursor) break;
      url = `/api/index?month=2019-11&limit=7&cursor=${page.nextCursor}`;
    }
    expect(paged).toEqual(all.rows);
    for (const r of all.rows) expect(Math.abs(r.value)).toBeLessThanOrEqual(1);
  });

  it("gives a series with from and to, and names stored events in its components", async () => {
    const series = await json<IndexPage>("/api/index?from=2019-01&to=2019-12&country=srb");
    expect(series.rows.map((r) => r.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, "0")}`),
    );
    const ids = new Set(series.rows.flatMap((r) => r.components.flatMap((c) => c.events.map((e) => e.id))));
    expect(ids.size).toBeGreaterThan(0);
    const events = await json<EventPage>("/api/events?country=SRB&limit=1000");
    for (const id of ids) expect(events.events.map((e) => e.id)).toContain(id);
  });

  it("answers the index as CSV, one line per row, as `curtain index --format csv` writes it", async () => {
    const r = await app.inject({
      url: "/api/index?from=2019-01&to=2019-12&country=SRB",
      headers: { accept: "text/csv" },
    });
    expect(r.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = r.body.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^country,month,value/);
    expect(lines.slice(1).map((l) => l.split(",").slice(0, 2).join(","))).toEqual(
      Array.from({ length: 12 }, (_, i) => `SRB,2019-${String(i + 1).padStart(2, "0")}`),
    );
    const series = await json<IndexPage>("/api/index?from=2019-01&to=2019-12&country=SRB");
    expect(lines).toEqual([INDEX_CSV_HEADER, ...series.rows.map(indexCsvLine)]);
  });

  it.each([
    ["", "month"],
    ["month=2019-13", "month"],
    ["month=2019-1", "month"],
    ["month=2019-11&from=2019-01", "month"],
    ["from=2019-01", "to"],
    ["to=2019-01", "from"],
    ["from=2019-12&to=2019-01", "from"],
    ["from=1900-01&to=2019-01", "to"],
    ["month=2019-11&country=XYZ", "country"],
    ["month=2019-11&limit=-1", "limit"],
    ["month=2019-11&cursor=abc", "cursor"],
    ["month=2019-11&sort=value", '"sort"'],
  ])("GET /api/index?%s is a 400 naming %s", async (query, name) => {
    const r = await app.inject(`/api/index?${query}`);
    expect(r.statusCode).toBe(400);
    expect((r.json() as { message: string }).message).toMatch(new RegExp(`^(unknown parameter )?${name}`));
  });

  it("lists countries with names and the memberships in force at a date, paged", async () => {
    type List = {
      date: string;
      countries: { code: string; names: string[]; memberships: unknown[] }[];
      nextCursor: string | null;
    };
    const codes: string[] = [];
    let url = "/api/countries?limit=40&date=2004-06";
    for (;;) {
      const page = await json<List>(url);
      expect(page.date).toBe("2004-06");
      for (const c of page.countries) {
        codes.push(c.code);
        expect(c.memberships).toEqual(membershipsAt(c.code, "2004-06"));
        expect(c.names.length).toBeGreaterThan(0);
      }
      if (!page.nextCursor) break;
      url = `/api/countries?limit=40&date=2004-06&cursor=${page.nextCursor}`;
    }
    expect(codes).toEqual([...new Set(codes)].sort());
    expect(codes).toEqual(expect.arrayContaining(["SRB", "HUN", "GEO", "MDA", "RUS"]));
    const hungary = (await json<List>("/api/countries?date=2004-06-01")).countries.find(
      (c) => c.code === "HUN",
    );
    expect(hungary?.memberships).toEqual(
      expect.arrayContaining([expect.objectContaining({ bloc: "EU", status: "member" })]),
    );
    for (const q of ["date=2004-13", "date=2004", "limit=501", "region=x"]) {
      const r = await app.inject(`/api/countries?${q}`);
      expect(r.statusCode, q).toBe(400);
    }
  });

  it("describes one country: membership history, the index series, recent events newest first", async () => {
    type Detail = {
      code: string;
      memberships: unknown[];
      index: IndexRow[];
      events: EventPage["events"];
      eventsNextCursor: string | null;
    };
    const srb = await json<Detail>("/api/countries/srb?from=2019-01&to=2019-12&events=2");
    expect(srb.code).toBe("SRB");
    expect(srb.memberships).toEqual(membershipHistory("SRB"));
    expect(srb.index.map((r) => r.month)[0]).toBe("2019-01");
    expect(srb.index).toHaveLength(12);
    expect(srb.events).toHaveLength(2);
    expect(srb.events[0]!.date).toBe("2022-04-20");
    // The cursor continues the same list through /api/events.
    const rest = await json<EventPage>(`/api/events?country=SRB&order=desc&cursor=${srb.eventsNextCursor}`);
    const all = await json<EventPage>("/api/events?country=SRB&order=desc");
    expect([...srb.events, ...rest.events].map((e) => e.id)).toEqual(all.events.map((e) => e.id));
    const byDefault = await json<Detail>("/api/countries/SRB");
    expect(byDefault.index).toHaveLength(60);
    expect((await app.inject("/api/countries/XYZ")).statusCode).toBe(404);
    for (const q of [
      "S-RB",
      "SRB?events=0",
      "SRB?from=2019-13",
      "SRB?from=2019-05&to=2019-01",
      "SRB?page=2",
    ]) {
      const r = await app.inject(`/api/countries/${q}`);
      expect(r.statusCode, q).toBe(400);
    }
  });
});
