import { InputError } from "../input-error.js";

const SAMPLE = 8192;

/** Magic numbers of formats that are often mistaken for documents. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Throws when the bytes are not text: a known binary magic number, a NUL byte, or more than
 * one in ten sampled bytes being control characters other than tab, newline, form feed and
 * carriage return. UTF-16 with a byte-order mark is checked after decoding instead.
 */
export function assertNotBinary(source: string, bytes: Uint8Array): void {
  const fail = (): never => {
    throw new InputError(source, "binary file, not text or HTML");
  };
  if (MAGIC.some((m) => startsWith(bytes, m))) fail();
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) fail();
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (control * 10 > n) fail();
  // NUL bytes past the sample still mean binary (a text header on a binary body).
  if (bytes.length > SAMPLE && bytes.indexOf(0, SAMPLE) !== -1) fail();
}
