import { deflateRawSync, crc32 } from "node:zlib";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCameoMap } from "../src/ingest/gdelt/cameo-map.js";
import { statesByFips } from "../src/ingest/gdelt/fips.js";
import { parseGdeltRow } from "../src/ingest/gdelt/parse-row.js";
import { readFirstZipEntry } from "../src/ingest/gdelt/zip.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { eventGdeltLine, gdeltEventId } from "../src/store/event-gdelt.js";
import { openStore } from "../src/store/open-store.js";
import type { StoredEvent } from "../src/store/store.js";
import { DIALECTS, describeEachDialect } from "../src/store/test-dialects.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "curtain-gdelt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

interface Row {
  id?: string;
  date?: string;
  actor?: string;
  target?: string;
  code?: string;
  goldstein?: string;
  geo?: string;
  url?: string;
}

/** One GDELT 2.0 export line: 61 tab-separated fields. */
function gdeltRow(r: Row): string {
  const f = Array<string>(61).fill("");
  f[0] = r.id ?? "1";
  f[1] = r.date ?? "20220224";
  f[2] = f[1].slice(0, 6);
  f[3] = f[1].slice(0, 4);
  f[4] = "2022.1500";
  f[5] = `${r.actor ?? ""}GOV`;
  f[6] = r.actor ? `${r.actor} NAME` : "";
  f[7] = r.actor ?? "";
  f[12] = "GOV";
  f[15] = r.target ?? "";
  f[16] = r.target ? `${r.target} NAME` : "";
  f[17] = r.target ?? "";
  f[25] = "1";
  f[26] = r.code ?? "190";
  f[27] = f[26].slice(0, 3);
  f[28] = f[26].slice(0, 2);
  f[29] = "4";
  f[30] = r.goldstein ?? "-10";
  f[31] = "3";
  f[51] = r.geo ? "1" : "";
  f[52] = r.geo ? "Somewhere" : "";
  f[53] = r.geo ?? "";
  f[59] = "20220224120000";
  f[60] = r.url ?? `https://example.org/${f[0]}`;
  return f.join("\t");
}

const LINES = [
  gdeltRow({ id: "1001", actor: "RUS", target: "UKR", code: "190", geo: "UP" }), // 1: ARMED_CONFLICT in Ukraine
  gdeltRow({ id: "1002", actor: "SRB", target: "RUS", code: "042", goldstein: "1.9", date: "20220301" }), // 2
  gdeltRow({ id: "1003", actor: "POL", target: "RUS", code: "010", goldstein: "0" }), // 3: unmapped
  gdeltRow({ id: "1004", actor: "RUS", target: "UKR" }).split("\t").slice(0, 60).join("\t"), // 4: 60 fields
  gdeltRow({ id: "1005", actor: "RUS", target: "UKR", date: "20221345" }), // 5: bad date
  gdeltRow({ id: "10x6", actor: "RUS", target: "UKR" }), // 6: bad id
  gdeltRow({ id: "1007", target: "UKR", code: "190" }), // 7: no actor country
  gdeltRow({ id: "1008", actor: "RUS", target: "UKR", code: "192", goldstein: "-9.5" }), // 8: TERRITORIAL_SEIZURE
  gdeltRow({ id: "1009", actor: "RUS", target: "UKR", code: "151", goldstein: "-7.2" }), // 9: unmapped on purpose
  gdeltRow({ id: "1010", actor: "USA", target: "RUS", code: "163", goldstein: "-8", date: "20220228" }), // 10: SANCTION
];
const CSV = `${LINES.join("\r\n")}\r\n`;

/** A zip archive of one deflated file, headers written by hand (local header, central directory, end). */
function zipOf(name: string, data: Buffer): Buffer {
  const deflated = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}

const csvFile = join(dir, "20220224.export.CSV");
const zipFile = join(dir, "20220224.export.CSV.zip");
const cutZip = join(dir, "cut.export.CSV.zip");
writeFileSync(csvFile, CSV);
writeFileSync(zipFile, zipOf("20220224.export.CSV", Buffer.from(CSV)));
writeFileSync(cutZip, readFileSync(zipFile).subarray(0, 60));

const key = (e: { actor: string; target: string; cameo: string | null; date: string | null }) =>
  `${e.actor}>${e.target} ${e.cameo} ${e.date}`;

describe("the zip reader", () => {
  it("inflates the entry written with hand-made headers", () => {
    const entry = readFirstZipEntry(readFileSync(zipFile));
    expect(entry.name).toBe("20220224.export.CSV");
    expect(entry.data.toString()).toBe(CSV);
  });
  it("says when an archive is cut short", () => {
    expect(() => readFirstZipEntry(readFileSync(cutZip))).toThrow(/zip/);
  });
});

describeEachDialect("curtain import-gdelt", (dialect, database) => {
  async function events(...args: string[]): Promise<StoredEvent[]> {
    const { code, stdout } = await run("events", "--db", database().target, "--format", "ndjson", ...args);
    expect(code).toBe(0);
    return stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as StoredEvent);
  }

  it("stores mapped rows of a zip, reports bad rows by line and leaves out unmapped ones", async () => {
    const { code, stderr } = await run("import-gdelt", zipFile, "--db", database().target);
    expect(code).toBe(1);
    expect(stderr).toContain(`${zipFile}:4: expected 61 tab-separated fields, found 60`);
    expect(stderr).toContain(`${zipFile}:5: SQLDATE is not a date as YYYYMMDD: "20221345"`);
    expect(stderr).toContain(`${zipFile}:6: GLOBALEVENTID is not a number: "10x6"`);
    expect(stderr).toMatch(/10 rows .*: 4 events stored, 0 already present, 2 unmapped .*1 without actor/);
    const stored = await events();
    expect(stored.map((e) => [e.id, e.type, e.actor, e.target, e.cameo, e.date, e.weight])).toEqual([
      ["gdelt-1001", "ARMED_CONFLICT", "RUS", "UKR", "190", "2022-02-24", -10],
      ["gdelt-1008", "TERRITORIAL_SEIZURE", "RUS", "UKR", "192", "2022-02-24", -9.5],
      ["gdelt-1010", "SANCTION", "USA", "RUS", "163", "2022-02-28", -8],
      ["gdelt-1002", "DIPLOMATIC_COOPERATION", "SRB", "RUS", "042", "2022-03-01", 1.9],
    ]);
    const first = stored[0]!;
    expect(first.sourceUrl).toBe("https://example.org/1001");
    expect(first.location).toEqual({ name: "Somewhere", country: "UKR" });
    expect(first.actorRole).toBe("GOV");
    expect(first.actorText).toBe("RUS NAME");
    // The alignment index rows of the months imported are computed by the end of the import
    // (opened to read: opening to write would compute them too).
    const reader = await openStore(database().target, { mode: "read" });
    const index = await reader.materialisedIndex({
      from: "2022-02",
      to: "2023-02",
      staleFrom: "2021-03",
      part: "summary",
    });
    await reader.close();
    expect(index.stale).toEqual([]);
    expect(index.rows.map((r) => `${r.country} ${r.month}`)).toContain("UKR 2022-02");
  });

  it("re-imports the same rows (as .CSV, twice) without changing anything", async () => {
    const store = await openStore(database().target);
    const rollup = await store.countryMonthRollup({});
    await store.close();
    expect(rollup.find((r) => r.country === "UKR" && r.type === "ARMED_CONFLICT")).toMatchObject({
      month: "2022-02",
      count: 1,
      weightSum: -10,
    });
    const before = await events();
    for (let i = 0; i < 2; i++) {
      const { code, stderr } = await run("import-gdelt", csvFile, "--db", database().target);
      expect(code).toBe(1);
      expect(stderr).toMatch(/0 events stored, 4 already present/);
    }
    expect(await events()).toEqual(before);
    const again = await openStore(database().target);
    expect(await again.countryMonthRollup({})).toEqual(rollup);
    await again.close();
  });

  it("reports a damaged zip and a missing file, and goes on with the rest", async () => {
    const { code, stderr } = await run(
      "import-gdelt",
      cutZip,
      join(dir, "missing.CSV"),
      csvFile,
      "--db",
      database().target,
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`${cutZip}: the zip archive is cut short`);
    expect(stderr).toContain(`${join(dir, "missing.CSV")}: no such file`);
    expect(stderr).toMatch(/3 files \(2 failed\)/);
  });

  it("exports GDELT lines that import again as the same events", async () => {
    const { code, stdout } = await run("events", "--db", database().target, "--format", "gdelt");
    expect(code).toBe(0);
    const lines = stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.split("\t")).toHaveLength(61);
    const first = lines[0]!.split("\t");
    expect(first.slice(0, 4)).toEqual(["1001", "20220224", "202202", "2022"]);
    expect([first[26], first[27], first[28], first[29], first[53], first[60]]).toEqual([
      "190",
      "190",
      "19",
      "4",
      "UP",
      "https://example.org/1001",
    ]);
    const exported = join(dir, `roundtrip-${dialect.name}.CSV`);
    writeFileSync(exported, stdout);
    // Into a fresh SQLite file: a second PostgreSQL schema at once confuses kysely's migration lock lookup.
    const other = await DIALECTS[0]!.create();
    try {
      const imported = await run("import-gdelt", exported, "--db", other.target);
      expect(imported.stderr + imported.code).toMatch(/4 events stored.*0 malformed\n0$/);
      const back = await run("events", "--db", other.target, "--format", "ndjson");
      const parse = (s: string) =>
        s
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as StoredEvent);
      expect(parse(back.stdout).map(key)).toEqual((await events()).map(key));
      expect(parse(back.stdout).map((e) => e.id)).toEqual((await events()).map((e) => e.id));
    } finally {
      await other.drop();
    }
  });

  it("exports a GeoJSON FeatureCollection with a point per event", async () => {
    const { code, stdout } = await run(
      "events",
      "--db",
      database().target,
      "--format",
      "geojson",
      "--actor",
      "RUS",
    );
    expect(code).toBe(0);
    const geo = JSON.parse(stdout) as {
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: StoredEvent;
      }[];
    };
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features.map((f) => f.properties.id)).toEqual(["gdelt-1001", "gdelt-1008"]);
    for (const f of geo.features) {
      expect(f.type).toBe("Feature");
      expect(f.geometry.type).toBe("Point");
      const [lng, lat] = f.geometry.coordinates as [number, number];
      expect(lng).toBeGreaterThan(22); // Ukraine's centroid
      expect(lng).toBeLessThan(40);
      expect(lat).toBeGreaterThan(44);
      expect(lat).toBeLessThan(53);
    }
    // A known state with no events: an unknown code is refused (exit 2).
    const empty = await run("events", "--db", database().target, "--format", "geojson", "--actor", "ISL");
    expect(JSON.parse(empty.stdout)).toEqual({ type: "FeatureCollection", features: [] });
  });
});

describe("import-gdelt rows", () => {
  it("lists the first 20 malformed rows of a file and counts the rest", async () => {
    const file = join(dir, "bad.CSV");
    const bad = Array.from({ length: 25 }, (_, i) => gdeltRow({ id: `x${i}`, actor: "RUS", target: "UKR" }));
    writeFileSync(file, [...bad, LINES[0]].join("\n"));
    const { code, stderr } = await run("import-gdelt", file, "--db", join(dir, "bad.db"));
    expect(code).toBe(1);
    expect(stderr.match(/bad\.CSV:\d+: GLOBALEVENTID/g)).toHaveLength(20);
    expect(stderr).toContain(`${file}:20: GLOBALEVENTID`);
    expect(stderr).toContain(`${file}: 5 more malformed rows not listed`);
    expect(stderr).toMatch(/1 event stored/);
  });

  it("writes a coded event as a GDELT line that parses back to its actor, target, CAMEO code and day", () => {
    const kb = loadKnowledge();
    const event: StoredEvent = {
      id: "abc123",
      type: "DIPLOMATIC_COOPERATION",
      actor: "SRB",
      target: "CHN",
      actorText: "Belgrade\tcity",
      targetText: "Beijing",
      actorRole: "LEADER",
      modality: "asserted",
      date: "2024-05",
      dateSource: "text",
      location: { name: "Belgrade", country: "SRB" },
      weapon: null,
      cameo: "05",
      plover: "CONSULT",
      weight: 3,
      confidence: 0.9,
      evidence: { text: "Vucic met Xi.", start: 0, end: 13 },
      mentions: [{ text: "Again.", start: 14, end: 20 }],
      documentId: "doc",
      numMentions: 3,
      numSources: 2,
      reports: [],
    };
    const line = eventGdeltLine(event, "https://example.org/a", {
      fipsOf: (c) => kb.states.get(c)?.fips ?? undefined,
      nameOf: (c) => kb.states.get(c)?.name,
    });
    const f = line.split("\t");
    expect(f).toHaveLength(61);
    expect(f[0]).toBe(gdeltEventId("abc123"));
    expect(gdeltEventId("abc123")).toMatch(/^\d+$/);
    expect(gdeltEventId("gdelt-77")).toBe("77");
    expect([f[1], f[5], f[6], f[26], f[29], f[30], f[31], f[32], f[33], f[53]]).toEqual([
      "20240501",
      "SRBGOV",
      "Belgrade city",
      "050",
      "1",
      "3",
      "4",
      "2",
      "3",
      "RI",
    ]);
    const parsed = parseGdeltRow(line, {
      documentId: "d",
      cameo: loadCameoMap(),
      stateOfFips: statesByFips(),
    });
    expect(parsed.kind).toBe("event");
    if (parsed.kind !== "event") return;
    expect([parsed.row.actor, parsed.row.target, parsed.row.cameo, parsed.row.date, parsed.row.type]).toEqual(
      ["SRB", "CHN", "050", "2024-05-01", "DIPLOMATIC_COOPERATION"],
    );
    expect(parsed.row.location_country).toBe("SRB");
  });

  it("maps CAMEO codes by their most specific key", () => {
    const map = loadCameoMap();
    expect(map.typeOf("192")).toBe("TERRITORIAL_SEIZURE");
    expect(map.typeOf("1951")).toBe("ARMED_CONFLICT");
    expect(map.typeOf("072")).toBe("ARMS_TRANSFER");
    expect(map.typeOf("0871")).toBeNull();
    expect(map.typeOf("151")).toBeNull();
    expect(map.typeOf("154")).toBe("MILITARY_POSTURING");
    expect(map.typeOf("113")).toBeNull();
    expect(map.ploverOf("SANCTION")).toBe("SANCTION");
  });
});
