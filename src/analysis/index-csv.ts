import type { IndexRow } from "./index-row.js";

/** The CSV of index rows (`curtain index --format csv`): the contract's first three columns, then the rest. */
export const INDEX_CSV_HEADER = "country,month,value,coverage,thin,china,event_part,structural,components";

/**
 * One row as an RFC 4180 line: each component as `name=value[id:TYPE id:TYPE]`, `;`-separated, so
 * the events behind a value stay traceable from a spreadsheet.
 *
 * @example
 *   SRB,2019-11,0.0339,0.4595,false,0,0.4595,-0.6044,"cooperation-east=0.2368[f5186771cfd2251c:ARMS_TRANSFER];structural=-0.2417[]"
 */
export function indexCsvLine(row: IndexRow): string {
  const components = row.components
    .map((c) => `${c.name}=${c.value}[${c.events.map((e) => `${e.id}:${e.type}`).join(" ")}]`)
    .join(";");
  return [
    row.country,
    row.month,
    row.value,
    row.coverage,
    row.thin,
    row.china,
    row.eventPart,
    row.structural,
    `"${components.replace(/"/g, '""')}"`,
  ].join(",");
}
