export type BoilerplateKind = "related" | "caption" | "promo" | "teaser" | "cookie" | "navigation" | "other";

export interface Boilerplate {
  readonly kind: BoilerplateKind;
  readonly text: string;
}

export interface Teaser {
  readonly title: string;
  readonly text: string;
}

/** The article's own text and metadata, with what was removed around it. */
export interface CleanDocument {
  readonly kind: "CleanDocument";
  /** sha256 of the raw bytes, hex. */
  readonly id: string;
  readonly source: string;
  readonly format: "text" | "html";
  readonly title: string | null;
  /** YYYY-MM-DD, from the page's metadata or supplied from outside. */
  readonly published: string | null;
  /** ISO 639-1 code, or null when too little text to tell. */
  readonly language: string | null;
  /** Title first, then the paragraphs, separated by blank lines. */
  readonly mainText: string;
  readonly boilerplate: readonly Boilerplate[];
  readonly teasers: readonly Teaser[];
}
