import type { CleanDocument } from "../clean/clean-document.js";
import type { CodedEvent } from "../coding/event.js";

/** What `curtain extract --json` prints for one input (see ../shared/design/CONTRACT.md). */
export interface ExtractedDocument {
  readonly document: Pick<CleanDocument, "id" | "source" | "format" | "title" | "published" | "language">;
  readonly mainText: CleanDocument["mainText"];
  readonly boilerplate: CleanDocument["boilerplate"];
  readonly teasers: CleanDocument["teasers"];
  readonly events: readonly CodedEvent[];
}
