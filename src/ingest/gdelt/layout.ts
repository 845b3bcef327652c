import { GDELT_COLUMNS } from "./columns.js";

/** How much of a file's start is read to tell whether it is a GDELT export. */
export const LAYOUT_HEAD_BYTES = 64 * 1024;
/** Lines looked at: one row of the layout among them makes the file an export with bad rows. */
const LOOKED_AT = 20;

/**
 * Why the start of a file is not a GDELT 2.0 event export, or null when it is one. A file is an
 * export when one of its first lines has the 61 tab-separated fields of the layout; rows that are
 * then malformed are reported one by one. Anything else (binary data, a page, another CSV) is one
 * reason for the whole file, not twenty "expected 61 fields" lines.
 */
export function layoutProblem(head: Buffer): string | null {
  if (head.length === 0) return "empty file";
  if (head.includes(0)) return "binary data, not tab-separated text";
  const lines = head.toString("utf8").split("\n");
  // A head cut at LAYOUT_HEAD_BYTES ends in part of a line, which says nothing.
  if (head.length >= LAYOUT_HEAD_BYTES && lines.length > 1) lines.pop();
  const rows = lines.map((l) => l.replace(/\r$/, "")).filter((l) => l.trim() !== "");
  if (rows.length === 0) return "no rows";
  const fields = rows.slice(0, LOOKED_AT).map((l) => l.split("\t").length);
  if (fields.includes(GDELT_COLUMNS)) return null;
  return `its first line has ${fields[0]} tab-separated field${fields[0] === 1 ? "" : "s"}, not ${GDELT_COLUMNS}`;
}
