import { createHash } from "node:crypto";
import type { ActorRole } from "../coding/event.js";
import type { EventType } from "../coding/lexicon/event-type.js";
import { countryPoint } from "./country-points.js";
import type { StoredEvent } from "./store.js";

/**
 * GDELT's QuadClass of each of our types, from its sign and kind: 1 verbal cooperation,
 * 2 material cooperation, 3 verbal conflict, 4 material conflict.
 */
const QUAD_CLASS: Readonly<Record<EventType, 1 | 2 | 3 | 4>> = {
  DIPLOMATIC_COOPERATION: 1,
  ACCESSION_BID: 1,
  ACCESSION_PROGRESS: 1,
  ECONOMIC_COOPERATION: 2,
  MILITARY_COOPERATION: 2,
  ARMS_TRANSFER: 2,
  AID: 2,
  CRITICISM: 3,
  THREAT: 3,
  ACCESSION_BLOCK: 3,
  DISINFORMATION: 3,
  SANCTION: 4,
  ENERGY_COERCION: 4,
  CYBER_OPERATION: 4,
  SUBVERSION: 4,
  MILITARY_POSTURING: 4,
  TERRITORIAL_SEIZURE: 4,
  ARMED_CONFLICT: 4,
};

/** CAMEO actor type codes of our roles (GDELT's Actor1Type1Code). */
const ROLE_CODES: Readonly<Record<ActorRole, string>> = {
  GOV: "GOV",
  LEADER: "GOV",
  MIL: "MIL",
  MEDIA: "MED",
  BUSINESS: "BUS",
  OPPOSITION: "OPP",
};

/** What the GDELT line of an event needs beyond the event. */
export interface GdeltLineContext {
  /** FIPS 10-4 code of one of our state codes (GDELT's *Geo_CountryCode columns). */
  readonly fipsOf: (code: string) => string | undefined;
  /** The state's name, for the *Geo_FullName columns. */
  readonly nameOf: (code: string) => string | undefined;
}

/**
 * GLOBALEVENTID of one of our events: the GDELT id back for an imported `gdelt-N` event, else a
 * stable number from its id (the first 52 bits of its sha256, so it stays exact in a double).
 */
export function gdeltEventId(id: string): string {
  const imported = /^gdelt-(\d+)$/.exec(id);
  if (imported) return imported[1]!;
  return String(parseInt(createHash("sha256").update(id).digest("hex").slice(0, 13), 16));
}

/**
 * One event as a GDELT 2.0 export line: 61 tab-separated columns, no line break. EventCode is the
 * event's CAMEO code padded to GDELT's three digits ("05" -> "050", CAMEO's "not specified"), empty
 * when the event has none. A partial date is written with its first day ("2019-11" -> 20191101);
 * an event without a date (exports give it its document's publication date first, see
 * export-date.ts) is dated by `addedAt`, the day its document was read. NumSources and NumArticles are the merged
 * event's sources and reports (an imported event's own NumMentions and NumSources come back). The geo columns hold states only: FIPS code,
 * name and the country's centroid, the action's being the event's location country, else its target.
 */
export function eventGdeltLine(e: StoredEvent, source: string, ctx: GdeltLineContext): string {
  // GDELT tools need every date column: with no date known, the day the article was read stands in,
  // as GDELT dates an event by its article when the text gives none.
  const added = e.addedAt ? e.addedAt.replace(/\D/g, "").slice(0, 14).padEnd(14, "0") : "";
  const date = e.date ?? (added ? added.slice(0, 8) : null);
  const day = date ? `${date.replace(/-/g, "")}0101`.slice(0, 8) : "";
  const month = day ? Number(day.slice(4, 6)) : 0;
  const cameo = e.cameo ? e.cameo.padEnd(3, "0") : "";
  const role = e.actorRole ? ROLE_CODES[e.actorRole] : "";
  const geo = (code: string, place: string | null) => {
    const fips = ctx.fipsOf(code);
    if (!fips) return ["", "", "", "", "", "", "", ""];
    const point = countryPoint(code);
    return [
      "1",
      clean(place ?? ctx.nameOf(code) ?? code),
      fips,
      fips,
      "",
      point ? String(point[1]) : "",
      point ? String(point[0]) : "",
      fips,
    ];
  };
  const fields = [
    gdeltEventId(e.id),
    day,
    day.slice(0, 6),
    day.slice(0, 4),
    day ? (Number(day.slice(0, 4)) + (month * 30 + Number(day.slice(6, 8))) / 365).toFixed(4) : "",
    e.actor + role,
    clean(e.actorText),
    e.actor,
    "",
    "",
    "",
    "",
    role,
    "",
    "",
    e.target,
    clean(e.targetText),
    e.target,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "1",
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    String(QUAD_CLASS[e.type] ?? ""),
    String(e.weight),
    // NumMentions: every report, plus the canonical report's further sentences; NumArticles: reports.
    String(e.numMentions + e.mentions.length),
    String(e.numSources),
    String(e.numMentions),
    "0",
    ...geo(e.actor, null),
    ...geo(e.target, null),
    ...(e.location ? geo(e.location.country, e.location.name) : geo(e.target, null)),
    day ? `${day}000000` : added,
    clean(source),
  ];
  return fields.join("\t");
}

/** Tabs and line breaks would split a field or a row. */
function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, " ");
}
