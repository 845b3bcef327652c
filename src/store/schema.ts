/** One stored article: its metadata and main text; `id` is the sha256 of the raw bytes. */
export interface DocumentsTable {
  readonly id: string;
  readonly source: string;
  readonly fetched_at: string;
  readonly published: string | null;
  readonly language: string | null;
  readonly title: string | null;
  readonly format: string;
  readonly content_type: string | null;
  readonly main_text: string;
  readonly raw_sha256: string;
  /** SimHash of the text without its title (src/dedupe/simhash.ts), 16 hex digits; null when too short. */
  readonly simhash: string | null;
  /** Its four 16-bit bands, high to low, each indexed: the near-duplicate lookup. */
  readonly simhash_b0: number | null;
  readonly simhash_b1: number | null;
  readonly simhash_b2: number | null;
  readonly simhash_b3: number | null;
  /** The canonical document this one is a near-duplicate of (a syndicated copy), else null. */
  readonly duplicate_of: string | null;
  /** Provenance (src/ingest/provenance.ts), from a sources.json beside the file; null when unknown. */
  readonly outlet: string | null;
  readonly licence: string | null;
  readonly attribution: string | null;
  /** Its address, or a note on where it came from. */
  readonly origin: string | null;
  /** 1: written for the project, 0: a real article, null: not said. */
  readonly written: number | null;
}

/** One coded event, flattened; `mentions` is a JSON array of evidence records. */
export interface EventsTable {
  readonly id: string;
  readonly document_id: string;
  readonly type: string;
  readonly actor: string;
  readonly target: string;
  readonly actor_text: string;
  readonly target_text: string;
  readonly actor_role: string | null;
  readonly modality: string;
  readonly date: string | null;
  readonly date_source: string;
  /** The event's date, else its document's publication date, else "": the order and the --from/--to key. */
  readonly sort_date: string;
  readonly location_name: string | null;
  readonly location_country: string | null;
  readonly weapon: string | null;
  readonly cameo: string | null;
  readonly plover: string | null;
  readonly weight: number;
  readonly confidence: number;
  readonly evidence_text: string;
  readonly evidence_start: number;
  readonly evidence_end: number;
  readonly mentions: string;
  /** Where an imported event was reported (GDELT's SOURCEURL); null when its document is the source. */
  readonly source_url: string | null;
  /**
   * The canonical row of the merged event this row is a mention of (its own id on the canonical
   * row); null for a row that is its own merged event and never merges (GDELT imports, rows
   * stored before migration 003).
   */
  readonly cluster_id: string | null;
  /** On a canonical row: the mentions (event rows, one per article) of its merged event; else null. */
  readonly num_mentions: number | null;
  /** On a canonical row: the distinct canonical documents among them; else null. */
  readonly num_sources: number | null;
}

/** Events per country (as actor or target), month and type, kept in step with the events table. */
export interface RollupTable {
  readonly country: string;
  readonly month: string;
  readonly type: string;
  readonly count: number;
  readonly weight_sum: number;
}

/** The alignment rollup (src/analysis/alignment-cells.ts), kept in step with the merged events. */
export interface AlignmentRollupTable {
  readonly country: string;
  readonly month: string;
  readonly pole: string;
  readonly role: string;
  readonly sign: string;
  readonly count: number;
  /** Sum of weight x confidence. */
  readonly wc_sum: number;
  /** Sum of weight x confidence x ln(num_sources). */
  readonly wcs_sum: number;
  readonly top_id: string;
  readonly top_type: string;
  readonly top_score: number;
}

/**
 * The alignment index's evidence per country and month (src/analysis/index-evidence.ts), computed
 * from alignment_rollup in the transactions that change it; a month whose window holds no event is
 * not stored. `thin` is 0 or 1, `components` the JSON text of the event components, `summary` that
 * of their summary (src/analysis/index-summary.ts).
 */
export interface AlignmentIndexTable {
  readonly country: string;
  readonly month: string;
  readonly event_part: number;
  readonly coverage: number;
  readonly thin: number;
  readonly china: number;
  readonly components: string;
  readonly summary: string;
}

/**
 * Rollup cells written since the alignment_index rows of their window were computed (by a bulk
 * insert, whose rows are computed after its last transaction): readers compute those rows from the
 * rollup until the marks are cleared.
 */
export interface AlignmentIndexStaleTable {
  readonly country: string;
  readonly month: string;
}

/** Facts about the materialised index: `evidence` is the fingerprint of the weights it was computed with. */
export interface AlignmentIndexMetaTable {
  readonly name: string;
  readonly value: string;
}

/** The tables as kysely sees them. */
export interface Database {
  readonly documents: DocumentsTable;
  readonly events: EventsTable;
  readonly country_month_rollup: RollupTable;
  readonly alignment_rollup: AlignmentRollupTable;
  readonly alignment_index: AlignmentIndexTable;
  readonly alignment_index_stale: AlignmentIndexStaleTable;
  readonly alignment_index_meta: AlignmentIndexMetaTable;
}
