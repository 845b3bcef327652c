import { CHROME_WORDS as W, alternation } from "./chrome-words.js";
import { toIsoDate } from "./iso-date.js";
import { isDateOnly } from "./line-kind.js";

const UPDATE = new RegExp(`^(?:${alternation(W.updateLabels)})(?!\\p{L})`, "iu");
/** "Tbilisi, 12 October 2020", "SOFIA/KIEV, Thu Jan 8, 2009": a place before the date. */
const PLACE = /^\p{Lu}[\p{L}/.'’-]*(?:\s+\p{Lu}[\p{L}/.'’-]*){0,2},\s*/u;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
const YEAR = "((?:19|20)\\d\\d)";
/** Day-first numeric dates only: "06/07/2022" is June or July by the outlet's country. */
const FORMS: readonly [RegExp, (m: RegExpExecArray) => [string, string | number, string]][] = [
  [new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`), (m) => [m[3]!, m[2]!, m[1]!]],
  [new RegExp(`\\b${YEAR}-(\\d{1,2})-(\\d{1,2})\\b`), (m) => [m[1]!, m[2]!, m[3]!]],
  [
    new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+${YEAR}\\b`, "i"),
    (m) => [m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, m[1]!],
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR}\\b`, "i"),
    (m) => [m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, m[2]!],
  ],
];

function dateIn(part: string): string | null {
  for (const [form, fields] of FORMS) {
    const m = form.exec(part);
    if (!m) continue;
    const [y, mo, d] = fields(m);
    return toIsoDate(`${y}-${String(mo).padStart(2, "0")}-${d.padStart(2, "0")}`);
  }
  return null;
}

/**
 * The publication date of a text dump's byline. A byline date is a date standing alone in a
 * part of a short line ("15.09.2020 | 11:27", "PUBLISHED: 07:12, Tue, Mar 27, 2018 | UPDATED:
 * ...", "Podgorica | 05.06.2017 | 18:20 | Written by ...", "Tbilisi, 12 October 2020 · By ...")
 * above the article's first body paragraph: that is where outlets stamp when they published the
 * story (the caller decides the position). Parts are split at "|", "·" and "•"; a part marked as
 * a revision ("Updated ...") is not the publication; the first part that is a date and little
 * else (a label, a weekday, a time, a place before a comma) gives it. A date inside a sentence or
 * further down the page is no byline: an event's date, a photo's, a related article's.
 */
export function bylineDate(line: string): string | null {
  if (line.length > 200) return null;
  for (const piece of line.split(/[|·•]/)) {
    const part = piece.trim();
    if (UPDATE.test(part)) continue;
    const bare = isDateOnly(part)
      ? part
      : isDateOnly(part.replace(PLACE, ""))
        ? part.replace(PLACE, "")
        : null;
    if (bare === null) continue;
    const date = dateIn(bare);
    if (date) return date;
  }
  return null;
}
