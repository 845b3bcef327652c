#!/usr/bin/env node
// Writes test/corpus-real/SOURCES.md from test/corpus-real/sources.json: one row per article with
// its origin, date, licence and the attribution its licence asks for.
// Usage: node scripts/sources-md.mjs
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REAL_DIR, readSources } from "./real-corpus.mjs";

const cell = (s) =>
  String(s ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\s+/g, " ");
const sources = readSources().sort((a, b) => a.file.localeCompare(b.file));
const byLicence = new Map();
for (const s of sources) byLicence.set(s.licence, (byLicence.get(s.licence) ?? 0) + 1);
const lines = [
  "# Sources of the real-news corpus",
  "",
  "Every article in this folder is a real published text whose licence permits redistribution,",
  "kept as it was found in the public repository named beside it (title and dateline written as the",
  "site shows them where the repository stores them as fields). `sources.json` holds the same",
  "records for scripts; this file is generated from it by `node scripts/sources-md.mjs`.",
  "The English Wikinews articles kept in Docma-TU/toscaData (files 600 onwards) are that repository's",
  "plain-text reading of the wiki source: links and templates reduced to their words (a few link labels",
  "lost), the body on one line; only the export's XML character escapes and stray markup tags were",
  "undone here, and the title and dateline written from its title and date fields.",
  "",
  `${sources.length} articles: ${[...byLicence].map(([l, n]) => `${n} under ${l}`).join(", ")}.`,
  "",
  "Licences: English Wikinews articles are CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/;",
  "articles before 2005-09-25 are in the public domain); texts of the President of Russia's site are",
  "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); works of the United States government",
  "are in the public domain (17 U.S.C. 105); the Council of the EU authorises reuse of its press releases provided the source is acknowledged.",
  "",
  "| file | title | published | outlet | kind | licence | origin | attribution |",
  "|---|---|---|---|---|---|---|---|",
  ...sources.map(
    (s) =>
      `| ${cell(s.file)} | ${cell(s.title)} | ${cell(s.published)} | ${cell(s.outlet)} | ${cell(s.kind)} | ` +
      `${cell(s.licence)} | ${cell(s.url)} (via ${cell(s.repository)}${s.path ? `: ${cell(s.path)}` : ""}` +
      `${s.commit ? ` @ ${cell(s.commit).slice(0, 12)}` : ""}) | ${cell(s.attribution)} |`,
  ),
  "",
];
writeFileSync(join(REAL_DIR, "SOURCES.md"), lines.join("\n"));
console.log(`sources-md: ${sources.length} articles -> ${join(REAL_DIR, "SOURCES.md")}`);
