const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const PRESCAN = 4096;

/** The charset named by a Content-Type value ("text/html; charset=koi8-r"), lower-cased. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return HEADER_CHARSET.exec(contentType)?.[1]?.toLowerCase() ?? null;
}

/**
 * The charset an HTML page declares in its first 4 KB: `<meta charset>` or an http-equiv
 * Content-Type. The bytes are read as Latin-1, which keeps every ASCII tag intact whatever
 * the real encoding is.
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN)).toString(
    "latin1",
  );
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}
