/** Opaque cursors of lists sorted by string keys (the index's month and country, a country's code). */
export function encodeListCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key of a cursor from `encodeListCursor` with `parts` strings, or null when it is not one. */
export function decodeListCursor(cursor: string, parts: number): string[] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(value) && value.length === parts && value.every((v) => typeof v === "string")
      ? (value as string[])
      : null;
  } catch {
    return null;
  }
}

/** A 400 naming the cursor, as the validator's are. */
export function badParameter(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

export function notFound(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 404 });
}
