import type { Boilerplate, Teaser } from "../clean/clean-document.js";
import type { CodedEvent } from "../coding/event.js";

/** What `curtain extract --json` prints for one input (see ../shared/design/CONTRACT.md). */
export interface ExtractedDocument {
  readonly document: {
    readonly id: string;
    readonly source: string;
    readonly format: "text" | "html";
    readonly title: string | null;
    readonly published: string | null;
    readonly language: string | null;
  };
  readonly mainText: string;
  readonly boilerplate: readonly Boilerplate[];
  readonly teasers: readonly Teaser[];
  readonly events: readonly CodedEvent[];
}
