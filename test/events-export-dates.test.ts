import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

// Exports of an ingested sample: events the text gives no date are placed by the filters at their
// document's publication date, and every format writes that date (GDELT's date columns included).
const SAMPLE = join(import.meta.dirname, "..", "data", "sample");
const dir = mkdtempSync(join(tmpdir(), "curtain-export-dates-"));
const db = join(dir, "c.db");
const PUBLISHED = "2019-11-21";

beforeAll(async () => {
  const r = await runCli(
    "ingest",
    join(SAMPLE, "000_2019-11-21_putin-iron-curtain.txt"),
    "--published",
    PUBLISHED,
    "--db",
    db,
  );
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exported(format: string, ...args: string[]) {
  const r = await runCli("events", "--db", db, "--format", format, ...args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim().split("\n");
}

describe("dates in exports", () => {
  it("json: every event has the date the filters use, and says where it comes from", async () => {
    const events = (await exported("ndjson")).map(
      (l) => JSON.parse(l) as { date: string | null; dateSource: string },
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date, JSON.stringify(e)).not.toBeNull();
    const placed = events.filter((e) => e.dateSource === "published");
    expect(placed.length).toBeGreaterThan(0);
    for (const e of placed) expect(e.date).toBe(PUBLISHED);
    // The filters place them there too.
    const onThatDay = (await exported("ndjson", "--from", PUBLISHED, "--to", PUBLISHED)).map(
      (l) => JSON.parse(l) as { date: string },
    );
    expect(onThatDay.length).toBeGreaterThanOrEqual(placed.length);
    for (const e of onThatDay) expect(e.date).toBe(PUBLISHED);
  });

  it("csv: no blank date, and published as its source where the text gives none", async () => {
    const [header, ...rows] = await exported("csv");
    const columns = header!.split(",");
    const date = columns.indexOf("date");
    const source = columns.indexOf("date_source");
    expect(rows.length).toBeGreaterThan(0);
    // Evidence text may hold quoted commas: read the first columns only, before any quote.
    for (const row of rows) {
      const cells = row.split('"')[0]!.split(",");
      expect(cells[date], row).toMatch(/^\d{4}/);
      if (cells[source] === "published") expect(cells[date]).toBe(PUBLISHED);
    }
  });

  it("gdelt: SQLDATE, MonthYear, Year, FractionDate and DATEADDED are never blank", async () => {
    const lines = await exported("gdelt");
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const f = line.split("\t");
      expect(f).toHaveLength(61);
      expect(f[1], line).toMatch(/^\d{8}$/);
      expect(f[2]).toBe(f[1]!.slice(0, 6));
      expect(f[3]).toBe(f[1]!.slice(0, 4));
      expect(f[4]).toMatch(/^\d{4}\.\d{4}$/);
      expect(f[59]).toMatch(/^\d{14}$/);
    }
    expect(lines.some((l) => l.split("\t")[1] === PUBLISHED.replace(/-/g, ""))).toBe(true);
  });
});
