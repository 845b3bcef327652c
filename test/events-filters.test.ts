import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../src/coding/lexicon/event-type.js";
import { openStore } from "../src/store/open-store.js";
import type { EventsTable } from "../src/store/schema.js";
import { testEventRow } from "../src/store/test-documents.js";
import { runCli } from "./run-cli.js";

// `curtain events` filters as users type them: impossible dates and unknown types are refused with
// exit 2 and what is valid; countries may be named.
const dir = mkdtempSync(join(tmpdir(), "curtain-filters-"));
const db = join(dir, "c.db");
const DOC = "e".repeat(64);

function row(id: string, actor: string, target: string, type: string, date: string): EventsTable {
  return testEventRow({ id, document_id: DOC, type, actor, target, date, evidence_end: 10 });
}

beforeAll(async () => {
  const store = await openStore(db);
  await store.putImportedFile({
    id: DOC,
    source: "test",
    fetchedAt: "2026-01-01T00:00:00Z",
    title: null,
    format: "gdelt",
    contentType: null,
  });
  await store.bulkInsertEvents([
    row("a", "RUS", "SRB", "DIPLOMATIC_COOPERATION", "2019-10-25"),
    row("b", "USA", "SRB", "SANCTION", "2020-02-29"),
    row("c", "USA", "RUS", "SANCTION", "2022-03-01"),
    row("d", "SWE", "NATO", "ACCESSION_BID", "2022-05-18"),
  ]);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ids(...args: string[]) {
  const r = await runCli("events", "--db", db, "--format", "ndjson", ...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
}

describe("curtain events filters", () => {
  it.each([
    ["--from", "2019-13", /2019-13.*no month 13/],
    ["--from", "2019-00", /no month 00/],
    ["--from", "2019-02-30", /2019-02-30.*2019-02 has days 01 to 28/],
    ["--to", "2023-02-29", /2023-02 has days 01 to 28/],
    ["--to", "2019-04-31", /days 01 to 30/],
    ["--from", "19-02", /expected YYYY, YYYY-MM or YYYY-MM-DD/],
  ])("%s %s: exit 2 naming the date and why it is impossible", async (flag, value, reason) => {
    const r = await runCli("events", "--db", db, flag, value);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(reason);
  });

  it("accepts days that exist, leap days too", async () => {
    expect(await ids("--from", "2020-02-29", "--to", "2020-02-29")).toEqual(["b"]);
    expect(await ids("--from", "2019-10", "--to", "2020")).toEqual(["a", "b"]);
  });

  it("--type BOGUS: exit 2 with every valid type; a type in any case is accepted", async () => {
    const r = await runCli("events", "--db", db, "--type", "BOGUS");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown event type "BOGUS"/);
    for (const type of EVENT_TYPES) expect(r.stderr).toContain(type);
    expect(await ids("--type", "sanction")).toEqual(["b", "c"]);
  });

  it("takes countries and blocs by name in any case, as by code", async () => {
    const bySrb = await ids("--country", "SRB");
    expect(bySrb).toEqual(["a", "b"]);
    for (const name of ["Serbia", "serbia", "SERBIA", "srb"])
      expect(await ids("--country", name)).toEqual(bySrb);
    expect(await ids("--actor", "the United States")).toEqual(["b", "c"]);
    expect(await ids("--target", "nato")).toEqual(["d"]);
  });

  it("refuses an unknown country with exit 2, and the nearest name as a hint", async () => {
    const typo = await runCli("events", "--db", db, "--country", "Serbija");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/no state or organisation "Serbija" is known; did you mean SRB \(Serbia\)\?/);
    const code = await runCli("events", "--db", db, "--actor", "RUSS");
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/did you mean RUS \(Russia\)\?/);
    const none = await runCli("events", "--db", db, "--target", "Atlantis");
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/"Atlantis" is known \(give a code such as SRB or a name such as Serbia\)/);
  });
});
