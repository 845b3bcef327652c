import type { ActorRole } from "../../coding/event.js";
import type { EventsTable } from "../../store/schema.js";
import type { CameoMap } from "./cameo-map.js";
import { COL, GDELT_COLUMNS } from "./columns.js";

/** CAMEO actor type codes that name one of our actor roles. */
const ROLES: Readonly<Record<string, ActorRole>> = {
  GOV: "GOV",
  MIL: "MIL",
  MED: "MEDIA",
  BUS: "BUSINESS",
  OPP: "OPPOSITION",
};

/** What one row became: a stored event, a malformed row (with why), or a row left out (with why). */
export type RowResult =
  | { readonly kind: "event"; readonly row: EventsTable }
  | { readonly kind: "malformed"; readonly reason: string }
  | { readonly kind: "unmapped" }
  | { readonly kind: "no-country" };

/** What every row of one file shares. */
export interface RowContext {
  readonly documentId: string;
  readonly cameo: CameoMap;
  /** Our state code of a FIPS 10-4 country code (GDELT's *Geo_CountryCode). */
  readonly stateOfFips: ReadonlyMap<string, string>;
}

/**
 * One GDELT 2.0 export line as an event row. Malformed: not 61 fields, a GLOBALEVENTID that is not
 * a number, a bad SQLDATE, EventCode or GoldsteinScale. Left out: a CAMEO code without a type of
 * ours (unmapped), or no Actor1 or Actor2 country (not an event between states).
 */
export function parseGdeltRow(line: string, ctx: RowContext): RowResult {
  const count = findTabs(line);
  if (count !== GDELT_COLUMNS)
    return { kind: "malformed", reason: `expected ${GDELT_COLUMNS} tab-separated fields, found ${count}` };
  const id = field(line, COL.GLOBALEVENTID);
  if (!/^\d{1,20}$/.test(id))
    return { kind: "malformed", reason: `GLOBALEVENTID is not a number: "${clip(id)}"` };
  const day = field(line, COL.SQLDATE);
  const date = isoDate(day);
  if (date === null)
    return { kind: "malformed", reason: `SQLDATE is not a date as YYYYMMDD: "${clip(day)}"` };
  const code = field(line, COL.EventCode);
  if (!/^\d{2,4}$/.test(code))
    return { kind: "malformed", reason: `EventCode is not a CAMEO code: "${clip(code)}"` };
  const goldstein = field(line, COL.GoldsteinScale);
  const weight = Number(goldstein);
  if (goldstein === "" || !(weight >= -10 && weight <= 10))
    return {
      kind: "malformed",
      reason: `GoldsteinScale is not a number from -10 to 10: "${clip(goldstein)}"`,
    };
  const actor = field(line, COL.Actor1CountryCode);
  const target = field(line, COL.Actor2CountryCode);
  if (actor === "" || target === "") return { kind: "no-country" };
  const type = ctx.cameo.typeOf(code);
  if (type === null) return { kind: "unmapped" };
  const placeName = field(line, COL.ActionGeo_FullName);
  const placeCountry = ctx.stateOfFips.get(field(line, COL.ActionGeo_CountryCode));
  const url = field(line, COL.SOURCEURL);
  const mentions = Number(field(line, COL.NumMentions));
  const sources = Number(field(line, COL.NumSources));
  return {
    kind: "event",
    row: {
      id: `gdelt-${id}`,
      document_id: ctx.documentId,
      type,
      actor,
      target,
      actor_text: field(line, COL.Actor1Name) || actor,
      target_text: field(line, COL.Actor2Name) || target,
      actor_role: ROLES[field(line, COL.Actor1Type1Code)] ?? null,
      modality: "asserted",
      date,
      date_source: "published",
      sort_date: date,
      location_name: placeName !== "" && placeCountry !== undefined ? placeName : null,
      location_country: placeName !== "" && placeCountry !== undefined ? placeCountry : null,
      weapon: null,
      cameo: code,
      plover: ctx.cameo.ploverOf(type),
      weight,
      confidence: ctx.cameo.confidence,
      evidence_text: "",
      evidence_start: 0,
      evidence_end: 0,
      mentions: "[]",
      source_url: url === "" ? null : url,
      // Already one merged event: never merged again (no cluster), GDELT's own counts kept.
      cluster_id: null,
      num_mentions: mentions >= 1 ? Math.round(mentions) : 1,
      num_sources: sources >= 1 ? Math.round(sources) : 1,
    },
  };
}

/** Where each field starts, as found by the last `findTabs`: field i is line[starts[i], starts[i+1] - 1). */
const starts = new Int32Array(GDELT_COLUMNS + 1);

/** Counts the fields of a line and notes where the first 61 start; slicing only the fields read beats `split`. */
function findTabs(line: string): number {
  let count = 1;
  let at = -1;
  starts[0] = 0;
  while ((at = line.indexOf("\t", at + 1)) !== -1) {
    if (count <= GDELT_COLUMNS) starts[count] = at + 1;
    count++;
  }
  if (count <= GDELT_COLUMNS) starts[count] = line.length + 1;
  return count;
}

/** Field `i` of the line `findTabs` last read. */
function field(line: string, i: number): string {
  return line.slice(starts[i]!, starts[i + 1]! - 1);
}

/** Days seen, converted once: a file holds few distinct days. */
const days = new Map<string, string | null>();

/** "20220224" -> "2022-02-24", or null when it is no calendar day. */
function isoDate(day: string): string | null {
  let iso = days.get(day);
  if (iso !== undefined) return iso;
  iso = convertDay(day);
  if (days.size > 100_000) days.clear();
  days.set(day, iso);
  return iso;
}

function convertDay(day: string): string | null {
  if (day.length !== 8 || !/^\d{8}$/.test(day)) return null;
  const y = +day.slice(0, 4);
  const m = +day.slice(4, 6);
  const d = +day.slice(6, 8);
  if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
