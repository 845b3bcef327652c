import type { InputError } from "../input-error.js";
import type { RawDocument } from "./raw-document.js";

/**
 * Where documents come from: files, URLs, feeds, archives. A source yields each raw document,
 * or the InputError of one input it could not read, and goes on with the next.
 */
export type Source = AsyncIterable<RawDocument | InputError>;
