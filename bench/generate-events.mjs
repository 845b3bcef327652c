// Seeded event rows for the store benchmarks (query.mjs, export.mjs): inserted through
// `store.bulkInsertEvents`, the import-gdelt path, so that millions take seconds, not hours.
import { EVENT_TYPES } from "../dist/coding/event-type.js";
import { prng } from "./generate-articles.mjs";

// 40 countries (ISO 3166 alpha-3, as the coder writes them) and the 18 event types.
export const COUNTRIES = (
  "RUS UKR SRB POL DEU USA CHN TUR BLR GEO BGR HUN FRA GBR MDA ARM AZE KAZ FIN EST " +
  "LVA LTU ROU SVK CZE AUT ITA ESP NLD BEL SWE NOR IRN SYR ISR IND JPN KOR PRK BIH"
).split(" ");
const MODALITIES = [
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "threatened",
  "planned",
  "hypothetical",
  "negated",
];
const FIRST_DAY = Date.UTC(2008, 0, 1);
const DAYS = Math.round((Date.UTC(2026, 11, 31) - FIRST_DAY) / 86_400_000) + 1;

/**
 * `count` event rows of one document, seeded: actor and target drawn from the 40 countries
 * (distinct), type from the 18, dates uniform over 2008-2026, 20% hypothetical or negated (kept,
 * not counted in the rollup), an evidence sentence of ~90 characters and one mention.
 */
export function* generateEvents(count, documentId, seed) {
  const next = prng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const actor = pick(COUNTRIES);
    let target = pick(COUNTRIES);
    if (target === actor) target = COUNTRIES[(COUNTRIES.indexOf(actor) + 1) % COUNTRIES.length];
    const type = pick(EVENT_TYPES);
    const date = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const text = `${actor} officials said on ${date} that ${target} had been told of the ${type.toLowerCase()} (${i}).`;
    yield {
      id: `bench-${String(i).padStart(9, "0")}`,
      document_id: documentId,
      type,
      actor,
      target,
      actor_text: actor,
      target_text: target,
      actor_role: "GOV",
      modality: pick(MODALITIES),
      date,
      date_source: "text",
      sort_date: date,
      location_name: null,
      location_country: null,
      weapon: null,
      cameo: null,
      plover: null,
      weight: Math.round(next() * 100) / 10,
      confidence: 0.9,
      evidence_text: text,
      evidence_start: 0,
      evidence_end: text.length,
      mentions: JSON.stringify([{ text, start: 0, end: text.length }]),
      source_url: null,
      // Like an imported GDELT row: its own merged event, never merged.
      cluster_id: null,
      num_mentions: 1,
      num_sources: 1,
    };
  }
}
