// Seeded event rows for the store benchmarks (query.mjs, export.mjs): inserted through
// `store.bulkInsertEvents`, the import-gdelt path, so that millions take seconds, not hours.
import { EVENT_TYPES } from "../dist/coding/lexicon/event-type.js";
import { loadLexicon } from "../dist/coding/lexicon/lexicon.js";
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
/** The 228 months the generated events span, 2008-01 to 2026-12. */
export const MONTHS = Array.from(
  { length: 19 * 12 },
  (_, i) => `${2008 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
);

/**
 * `count` event rows of one document, seeded: actor and target drawn from the 40 countries
 * (distinct), type from the 18, dates uniform over 2008-2026, 20% hypothetical or negated (kept,
 * not counted in the rollup), an evidence sentence of ~90 characters and one mention.
 */
export function* generateEvents(count, documentId, seed) {
  const next = prng(seed);
  for (let i = 0; i < count; i++) {
    const { actor, target, type, modality, date } = drawEvent(next);
    const text = `${actor} officials said on ${date} that ${target} had been told of the ${type.toLowerCase()} (${i}).`;
    const weight = Math.round(next() * 100) / 10;
    yield eventRow(
      i,
      documentId,
      { type, actor, target, modality, date, text, weight, confidence: 0.9 },
      {
        mentions: JSON.stringify([{ text, start: 0, end: text.length }]),
        sources: 1,
      },
    );
  }
}

let lexicon = null;

/**
 * `count` event rows as the coder writes them, for the alignment index benches (index-query.mjs,
 * api.mjs): distinct actor and target, uniform type and day over 2008-2026, weight = the lexicon's
 * type weight x modality factor, confidence 0.5-1, and 1-5 sources (1 without `sources`).
 */
export function* generateWeightedEvents(count, documentId, seed, { sources: withSources = true } = {}) {
  lexicon ??= loadLexicon();
  const next = prng(seed);
  for (let i = 0; i < count; i++) {
    const { actor, target, type, modality, date } = drawEvent(next);
    const text = `${actor} and ${target}, ${type.toLowerCase()} on ${date} (${i}).`;
    const sources = withSources ? 1 + Math.floor(next() * next() * 5) : 1;
    const weight = lexicon.types[type].weight * lexicon.modalityFactor[modality];
    const confidence = 0.5 + Math.round(next() * 50) / 100;
    yield eventRow(
      i,
      documentId,
      { type, actor, target, modality, date, text, weight, confidence },
      {
        mentions: "[]",
        sources,
      },
    );
  }
}

/**
 * One event's parties, type, modality and day from the seeded stream `next`: distinct actor and
 * target from the 40 countries, uniform type and day over 2008-2026, modality from MODALITIES.
 */
function drawEvent(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const actor = pick(COUNTRIES);
  let target = pick(COUNTRIES);
  if (target === actor) target = COUNTRIES[(COUNTRIES.indexOf(actor) + 1) % COUNTRIES.length];
  const type = pick(EVENT_TYPES);
  const modality = pick(MODALITIES);
  const date = new Date(FIRST_DAY + Math.floor(next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  return { actor, target, type, modality, date };
}

/** One events-table row, like an imported GDELT row: its own merged event, never merged. */
function eventRow(i, documentId, e, { mentions, sources }) {
  return {
    id: `bench-${String(i).padStart(9, "0")}`,
    document_id: documentId,
    type: e.type,
    actor: e.actor,
    target: e.target,
    actor_text: e.actor,
    target_text: e.target,
    actor_role: "GOV",
    modality: e.modality,
    date: e.date,
    date_source: "text",
    sort_date: e.date,
    location_name: null,
    location_country: null,
    weapon: null,
    cameo: null,
    plover: null,
    weight: e.weight,
    confidence: e.confidence,
    evidence_text: e.text,
    evidence_start: 0,
    evidence_end: e.text.length,
    mentions,
    source_url: null,
    cluster_id: null,
    num_mentions: sources,
    num_sources: sources,
  };
}
