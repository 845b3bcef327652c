import { InputError } from "../input-error.js";

/** Where a page ended: the last event's sort date and id. */
export interface CursorPosition {
  readonly sortDate: string;
  readonly id: string;
}

/** Encodes a page position as an opaque URL-safe string. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sortDate, position.id]), "utf8").toString("base64url");
}

/** Decodes a cursor from `encodeCursor`; anything else is an InputError. */
export function decodeCursor(cursor: string): CursorPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (err) {
    throw new InputError(cursor, "not a cursor from a previous page", { cause: err });
  }
  if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === "string"))
    throw new InputError(cursor, "not a cursor from a previous page");
  return { sortDate: value[0] as string, id: value[1] as string };
}
