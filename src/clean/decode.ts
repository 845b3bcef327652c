import { createRequire } from "node:module";
import type chardetModule from "chardet";
import { InputError } from "../input-error.js";
import { iconv } from "./iconv.js";
import { charsetFromContentType, charsetFromMeta } from "./declared-charset.js";
import { firstInvalidUtf8, hasHighBytes } from "./utf8.js";

/** Below this chardet confidence (0-100) a guess is not trusted and Windows-1252 is used. */
const CHARDET_FLOOR = 30;

/** Charsets that servers and templates declare by default, whatever the bytes really are. */
const LAZY_DEFAULTS = new Set(["iso-8859-1", "latin1", "windows-1252", "us-ascii", "ascii"]);

export interface Decoded {
  readonly text: string;
  /** The encoding the bytes were read as, e.g. "utf-8", "windows-1251". */
  readonly encoding: string;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** True when the bytes start with a UTF-16 byte-order mark (they then hold NUL bytes). */
export function isUtf16(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  return bom !== null && bom.encoding !== "utf-8";
}

/** KOI8-U only adds Ukrainian letters where KOI8-R has box drawing, so it reads both. */
function normaliseName(name: string): string {
  const n = name.toLowerCase();
  return n === "koi8-r" || n === "koi8r" ? "koi8-u" : n;
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

function guess(bytes: Uint8Array): string {
  // Loaded here: only HTML that is neither declared nor valid UTF-8 needs a guess.
  const chardet = createRequire(import.meta.url)("chardet") as typeof chardetModule;
  const best = chardet.analyse(bytes.subarray(0, 65536))[0];
  if (best && best.confidence >= CHARDET_FLOOR && iconv().encodingExists(best.name)) {
    return normaliseName(best.name);
  }
  return "windows-1252";
}

function usable(name: string | null): name is string {
  return name !== null && iconv().encodingExists(name);
}

/**
 * Bytes to text. Order: a byte-order mark; an explicit `encoding`; for HTML the charset of
 * the HTTP header or the page's <meta> (a lazy Latin-1 default gives way to valid UTF-8);
 * then valid UTF-8; then, for HTML only, chardet's guess. Plain text must be valid UTF-8
 * unless an encoding is passed, since a wrong guess would silently corrupt every event.
 */
export function decode(
  source: string,
  bytes: Uint8Array,
  format: "text" | "html",
  options: { encoding?: string; contentType?: string | null } = {},
): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding };

  if (options.encoding !== undefined) {
    const name = normaliseName(options.encoding);
    if (!iconv().encodingExists(name)) throw new InputError(source, `unknown encoding "${options.encoding}"`);
    return { text: decodeAs(bytes, name === "utf8" ? "utf-8" : name), encoding: name };
  }

  const high = hasHighBytes(bytes);
  if (!high) return { text: decodeAs(bytes, "utf-8"), encoding: "utf-8" };
  const bad = firstInvalidUtf8(bytes);

  if (format === "text") {
    if (bad !== -1) {
      throw new InputError(
        source,
        `not valid UTF-8 (first bad byte at offset ${bad}); pass an encoding to read it as another`,
      );
    }
    return { text: decodeAs(bytes, "utf-8"), encoding: "utf-8" };
  }

  const declaredRaw = charsetFromContentType(options.contentType) ?? charsetFromMeta(bytes);
  const declared = declaredRaw === null ? null : normaliseName(declaredRaw);
  if (usable(declared)) {
    const isUtf8 = declared === "utf-8" || declared === "utf8";
    if (isUtf8 && bad === -1) return { text: decodeAs(bytes, "utf-8"), encoding: "utf-8" };
    if (!isUtf8 && !(LAZY_DEFAULTS.has(declared) && bad === -1)) {
      return { text: decodeAs(bytes, declared), encoding: declared };
    }
  }
  if (bad === -1) return { text: decodeAs(bytes, "utf-8"), encoding: "utf-8" };
  const guessed = guess(bytes);
  const encoding = guessed === "utf-8" || guessed === "utf8" ? "windows-1252" : guessed;
  return { text: decodeAs(bytes, encoding), encoding };
}
