import { createHash } from "node:crypto";
import type { RawDocument } from "../ingest/raw-document.js";
import { InputError } from "../input-error.js";
import { assertNotBinary } from "./binary.js";
import type { CleanDocument } from "./clean-document.js";
import { decode, isUtf16 } from "./decode.js";
import { detectFormat } from "./detect-format.js";
import { cleanHtml } from "./html.js";
import { detectLanguage } from "./language.js";
import { cleanText } from "./text.js";
import { unpack } from "./unpack.js";

export interface CleanOptions {
  /** Largest input accepted, before and after gunzip; 10 MB by default. */
  readonly maxBytes?: number;
  /** Read the bytes in this encoding (e.g. "windows-1251") instead of detecting it. */
  readonly encoding?: string;
}

const HEAD = 4096;

/**
 * Turns raw bytes into the article's own text and metadata, recording what was removed.
 * Accepts plain text and HTML, gzipped or not. Throws InputError when the input cannot
 * be read as an article (empty, binary, too large, badly encoded, no article text).
 *
 * @example
 *   const doc = cleanDocument({ kind: "RawDocument", source: "a.txt", bytes, contentType: null,
 *     fetchedAt: new Date().toISOString(), published: "2019-11-21" });
 *   doc.mainText; // "Title\n\nFirst paragraph...\n\nSecond paragraph..."
 */
export function cleanDocument(raw: RawDocument, options: CleanOptions = {}): CleanDocument {
  const id = createHash("sha256").update(raw.bytes).digest("hex");
  const bytes = unpack(raw.source, raw.bytes, options.maxBytes);
  const utf16 = isUtf16(bytes);
  if (!utf16) assertNotBinary(raw.source, bytes);
  const head = utf16
    ? decode(raw.source, bytes.subarray(0, HEAD), "html").text
    : Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD)).toString("latin1");
  const format = detectFormat(raw.source, raw.contentType, head);
  const { text } = decode(raw.source, bytes, format, {
    encoding: options.encoding,
    contentType: raw.contentType,
  });
  if (text.trim().length === 0) throw new InputError(raw.source, "empty file");
  if (utf16 && text.includes("\u0000")) throw new InputError(raw.source, "binary file, not text or HTML");

  const base = { kind: "CleanDocument" as const, id, source: raw.source, format };
  if (format === "text") {
    const t = cleanText(text);
    const mainText = [t.title ?? "", ...t.paragraphs].filter((p) => p.length > 0).join("\n\n");
    if (mainText.length === 0) throw new InputError(raw.source, "no article text found in the text");
    return Object.freeze({
      ...base,
      title: t.title,
      published: raw.published ?? t.published,
      language: detectLanguage(mainText),
      mainText,
      boilerplate: t.boilerplate,
      teasers: t.teasers,
    });
  }
  const h = cleanHtml(text);
  if (h.paragraphs.length === 0) throw new InputError(raw.source, "no article text found in the HTML");
  const mainText = [h.title ?? "", ...h.paragraphs].filter((p) => p.length > 0).join("\n\n");
  return Object.freeze({
    ...base,
    title: h.title,
    published: raw.published ?? h.metadata.published,
    language: h.metadata.language ?? detectLanguage(mainText),
    mainText,
    boilerplate: h.boilerplate,
    teasers: h.teasers,
  });
}
