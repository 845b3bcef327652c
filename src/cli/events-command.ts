import { InvalidArgumentError, Option, type Command } from "commander";
import { InputError } from "../input-error.js";
import type { GdeltLineContext } from "../store/event-gdelt.js";
import type { EventFilter, StoredEvent } from "../store/store.js";
import type { Io } from "./io.js";

interface EventsFlags extends EventFilter {
  readonly db?: string;
  readonly format: "json" | "ndjson" | "csv" | "geojson" | "gdelt";
  readonly limit?: number;
}

/** Lines gathered before one write, so that millions of events are not millions of writes. */
const CHUNK = 500;

export function registerEvents(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("events")
    .description(
      "Query stored events and export them, streamed in date order (then by id): one per merged event " +
        "(the same event reported by several articles), with its mentions and sources.",
    )
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .option("--country <code>", "events with this country as actor or target", parseCode)
    .option("--actor <code>", "events with this actor", parseCode)
    .option("--target <code>", "events with this target", parseCode)
    .option("--type <type>", "events of this type, e.g. SANCTION", (v: string) => v.toUpperCase())
    .option("--from <date>", "events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)", parseDate)
    .option("--to <date>", "events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)", parseDate)
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["json", "ndjson", "csv", "geojson", "gdelt"])
        .default("json"),
    )
    .option("--limit <n>", "at most this many events", parseLimit)
    .addHelpText(
      "after",
      "\nAn event without a date of its own is placed at its document's publication date. Reports of the\n" +
        "same type, actor, target and modality within 3 days (the same month or year for such dates;\n" +
        "undated ones by publication days) are one event: numMentions counts its reports (syndicated\n" +
        "copies included), numSources the independent articles, and json/ndjson list every report\n" +
        "with its document, source and sentence as `reports`.\n\n" +
        "Examples:\n  curtain events --country SRB --from 2019 --format csv > serbia.csv\n" +
        "  curtain events --actor RUS --type SANCTION --format ndjson\n" +
        "  curtain events --from 2022-02 --format gdelt > events.export.CSV\n\n" +
        "Formats: json (an array), ndjson (one event per line), csv (with a header), geojson (a\n" +
        "FeatureCollection; each event a point at its location's or target's country centroid),\n" +
        "gdelt (the 61-column GDELT 2.0 export layout, tab-separated, no header).\n\n" +
        "Exit codes: 0 success, 1 the database could not be read, 2 bad usage.",
    )
    .action(async (flags: EventsFlags) => {
      // Loaded here, not at the top: `--help` and the other commands never pay for it.
      const { defaultTarget, openStore } = await import("../store/open-store.js");
      let store;
      try {
        store = await openStore(defaultTarget(flags.db), { mustExist: true });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        io.err(`curtain events: ${err.message}`);
        setExit(1);
        return;
      }
      try {
        const filter: EventFilter = {
          ...(flags.country ? { country: flags.country } : {}),
          ...(flags.actor ? { actor: flags.actor } : {}),
          ...(flags.target ? { target: flags.target } : {}),
          ...(flags.type ? { type: flags.type } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        };
        const events = store.streamEvents(filter, flags.limit === undefined ? {} : { limit: flags.limit });
        await writeEvents(events, flags.format, io);
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

/**
 * Writes events as they arrive: a JSON array, one JSON object per line, CSV with a header, a GeoJSON
 * FeatureCollection one feature at a time, or GDELT export lines.
 */
async function writeEvents(events: AsyncIterable<StoredEvent>, format: EventsFlags["format"], io: Io) {
  const [
    { EVENT_CSV_HEADER, eventCsvLine },
    { eventGdeltLine },
    { GEOJSON_HEAD, GEOJSON_TAIL, eventGeoJsonFeature },
  ] = await Promise.all([
    import("../store/event-csv.js"),
    import("../store/event-gdelt.js"),
    import("../store/event-geojson.js"),
  ]);
  let lines: string[] = [];
  let first = true;
  const push = (line: string) => {
    lines.push(line);
    if (lines.length >= CHUNK) flush();
  };
  const flush = () => {
    if (lines.length) io.out(lines.join("\n"));
    lines = [];
  };
  if (format === "csv") push(EVENT_CSV_HEADER);
  if (format === "json") push("[");
  if (format === "geojson") push(GEOJSON_HEAD);
  const gdelt = format === "gdelt" ? await gdeltContext() : null;
  for await (const e of events) {
    if (format === "csv") push(eventCsvLine(e));
    else if (format === "ndjson") push(JSON.stringify(e));
    else if (format === "geojson") push(`${first ? "" : ","}${eventGeoJsonFeature(e)}`);
    // The canonical report's source: the event's source URL, else its document's.
    else if (gdelt) push(eventGdeltLine(e, e.reports[0]?.source ?? "", gdelt));
    else push(`${first ? "" : ","}${JSON.stringify(e)}`);
    first = false;
  }
  if (format === "json") push("]");
  if (format === "geojson") push(GEOJSON_TAIL);
  flush();
}

/** FIPS codes and names from the knowledge base. */
async function gdeltContext(): Promise<GdeltLineContext> {
  const { loadKnowledge } = await import("../knowledge/load.js");
  const states = loadKnowledge().states;
  return {
    fipsOf: (code) => states.get(code)?.fips ?? undefined,
    nameOf: (code) => states.get(code)?.name,
  };
}

function parseCode(value: string): string {
  if (!/^[A-Za-z0-9_]{2,12}$/.test(value))
    throw new InvalidArgumentError(`expected a code like SRB, got "${value}"`);
  return value.toUpperCase();
}

function parseDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw new InvalidArgumentError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return n;
}
