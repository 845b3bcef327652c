import { InvalidArgumentError } from "commander";
import { EVENT_TYPES } from "../coding/lexicon/event-type.js";
import { findActor } from "../knowledge/find-actor.js";
import { loadKnowledge } from "../knowledge/load.js";

/** `--country`, `--actor`, `--target`: a known code or a name, else an error with the nearest one. */
export function parseActor(value: string): string {
  const found = findActor(loadKnowledge(), value);
  if (found.code !== null) return found.code;
  const hint = found.suggestion
    ? `; did you mean ${found.suggestion.code} (${found.suggestion.name})?`
    : " (give a code such as SRB or a name such as Serbia)";
  throw new InvalidArgumentError(`no state or organisation "${value}" is known${hint}`);
}

/** `--type`: one of the event types, in any case. */
export function parseType(value: string): string {
  const type = value.trim().toUpperCase();
  if ((EVENT_TYPES as readonly string[]).includes(type)) return type;
  throw new InvalidArgumentError(`unknown event type "${value}"; valid types: ${EVENT_TYPES.join(", ")}`);
}

/** `--from`, `--to`: YYYY, YYYY-MM or YYYY-MM-DD, and a month and day that exist. */
export function parseDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new InvalidArgumentError(`expected YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  const [, year, month, day] = m;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12))
    throw new InvalidArgumentError(`"${value}" has no month ${month} (months are 01 to 12)`);
  if (day !== undefined) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > last)
      throw new InvalidArgumentError(`"${value}" is not a day: ${year}-${month} has days 01 to ${last}`);
  }
  return value;
}
