import { InvalidArgumentError, Option, type Command } from "commander";
import type { GdeltLineContext } from "../store/event-gdelt.js";
import type { EventFilter } from "../store/store.js";
import type { EventFormat } from "./event-chunks.js";
import { streamOut, type Io } from "./io.js";
import { openTarget } from "./open-target.js";
import { parseActor, parseDate, parseType } from "./event-filter-options.js";
import { EVENT_TYPES } from "../coding/lexicon/event-type.js";

interface EventsFlags extends EventFilter {
  readonly db?: string;
  readonly format: EventFormat;
  readonly limit?: number;
}

export function registerEvents(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command("events")
    .description(
      "Query stored events and export them, streamed in date order (then by id): one per merged event " +
        "(the same event reported by several articles), with its mentions and sources.",
    )
    .option("--db <target>", "SQLite file or postgres:// URL (default: $CURTAIN_DB, else ./curtain.db)")
    .option(
      "--country <code>",
      "events with this country as actor or target (a code or a name: SRB, Serbia)",
      parseActor,
    )
    .option("--actor <code>", "events with this actor (a code or a name)", parseActor)
    .option("--target <code>", "events with this target (a code or a name)", parseActor)
    .option("--type <type>", `events of this type: ${EVENT_TYPES.join(", ")}`, parseType)
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
      const store = await openTarget("events", flags.db, io, setExit, { mode: "read" });
      if (!store) return;
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
        const gdelt = flags.format === "gdelt" ? await gdeltContext() : undefined;
        const { eventChunks } = await import("./event-chunks.js");
        // A reader that closed early (`| head`) took what it wanted: a quiet success.
        await streamOut(io, eventChunks(events, flags.format, gdelt));
        setExit(0);
      } finally {
        await store.close();
      }
    });
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

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return n;
}
