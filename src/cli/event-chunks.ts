import { EVENT_CSV_HEADER, eventCsvLine } from "../store/event-csv.js";
import { eventGdeltLine, type GdeltLineContext } from "../store/event-gdelt.js";
import { GEOJSON_HEAD, GEOJSON_TAIL, eventGeoJsonFeature } from "../store/event-geojson.js";
import { withExportDate } from "../store/export-date.js";
import type { StoredEvent } from "../store/store.js";

export type EventFormat = "json" | "ndjson" | "csv" | "geojson" | "gdelt";

/**
 * Characters gathered into one chunk, so that millions of events are not millions of writes; small
 * enough that a chunk is an ordinary young object (V8 gives strings over 128 KiB a space of their
 * own, promoted to the old generation by the first collection they live through).
 */
const CHUNK_CHARS = 60 * 1024;

/**
 * The export of `events` in `format` as chunks of whole lines, each ending in a line break, pulled
 * one at a time so that only one chunk and one page of events are held: a JSON array, one JSON
 * object per line, CSV with a header, a GeoJSON FeatureCollection one feature at a time, or GDELT
 * export lines (`gdelt` must then be given). Each event carries the date the filters use
 * (withExportDate), so GDELT's date columns are filled wherever a date is known.
 */
export async function* eventChunks(
  events: AsyncIterable<StoredEvent>,
  format: EventFormat,
  gdelt?: GdeltLineContext,
): AsyncGenerator<string> {
  if (format === "gdelt" && !gdelt) throw new Error("the gdelt format needs its line context");
  let lines: string[] = [];
  let chars = 0;
  const take = () => {
    const chunk = lines.join("\n") + "\n";
    lines = [];
    chars = 0;
    return chunk;
  };
  if (format === "csv") lines.push(EVENT_CSV_HEADER);
  if (format === "json") lines.push("[");
  if (format === "geojson") lines.push(GEOJSON_HEAD);
  let first = true;
  for await (const stored of events) {
    const e = withExportDate(stored);
    const comma = first ? "" : ",";
    if (format === "csv") lines.push(eventCsvLine(e));
    else if (format === "ndjson") lines.push(JSON.stringify(e));
    else if (format === "geojson") lines.push(comma + eventGeoJsonFeature(e));
    // The canonical report's source: the event's source URL, else its document's.
    else if (gdelt && format === "gdelt")
      lines.push(
        // e is a copy of its own: added to, not spread into a new literal (see event-reports.ts).
        eventGdeltLine(
          Object.assign(e, { addedAt: stored.addedAt ?? null }),
          e.reports[0]?.source ?? "",
          gdelt,
        ),
      );
    else lines.push(comma + JSON.stringify(e));
    first = false;
    chars += lines[lines.length - 1]!.length + 1;
    if (chars >= CHUNK_CHARS) yield take();
  }
  if (format === "json") lines.push("]");
  if (format === "geojson") lines.push(GEOJSON_TAIL);
  if (lines.length) yield take();
}
