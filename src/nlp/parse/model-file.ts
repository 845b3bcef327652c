import { gunzipSync, gzipSync } from "node:zlib";
import type { WeightTable } from "./compact-model.js";
import type { TrainedParser } from "./train.js";

// The shipped weights: gzip of one binary file, "CURTPRS1", a little-endian uint32 header length,
// a JSON header (relations, table sizes, provenance), then the tables: keys (uint32) and weights
// (float32) of the move model, then of the relation model, then their row counts and class ids
// (uint8). Everything is sorted, so the same training gives the same bytes.

const MAGIC = "CURTPRS1";

export interface ModelHeader {
  format: 1;
  labels: string[];
  left: string[];
  right: string[];
  move: TableSize;
  label: TableSize;
  provenance: Record<string, unknown>;
}

interface TableSize {
  rows: number;
  entries: number;
}

/**
 * The header if it has the shape above, else an error naming the file and the field. (Checked by
 * hand: a schema library would add ~0.1 s to the start of every command that parses.)
 */
function checkHeader(value: unknown, name: string): ModelHeader {
  const fail = (field: string): never => {
    throw new Error(`parser model: bad header (${field}): ${name}`);
  };
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  const strings = (x: unknown): boolean => Array.isArray(x) && x.every((s) => typeof s === "string");
  const count = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0;
  const size = (x: unknown): boolean => isObject(x) && count(x.rows) && count(x.entries);
  if (!isObject(value)) return fail("not an object");
  if (value.format !== 1) fail("format");
  if (
    !strings(value.labels) ||
    (value.labels as string[]).length < 2 ||
    (value.labels as string[]).length > 255
  )
    fail("labels");
  if (!strings(value.left)) fail("left");
  if (!strings(value.right)) fail("right");
  if (!size(value.move)) fail("move");
  if (!size(value.label)) fail("label");
  if (!isObject(value.provenance)) fail("provenance");
  return value as unknown as ModelHeader;
}

export function writeModelFile(parser: TrainedParser, provenance: Record<string, unknown>): Buffer {
  const header: ModelHeader = {
    format: 1,
    labels: [...parser.labels],
    left: parser.labels.filter((_, i) => parser.leftAllowed[i] === 1),
    right: parser.labels.filter((_, i) => parser.rightAllowed[i] === 1),
    move: { rows: parser.move.keys.length, entries: parser.move.w.length },
    label: { rows: parser.label.keys.length, entries: parser.label.w.length },
    provenance,
  };
  let json = JSON.stringify(header);
  while ((MAGIC.length + 4 + Buffer.byteLength(json)) % 4 !== 0) json += " ";
  const length = Buffer.alloc(4);
  length.writeUInt32LE(Buffer.byteLength(json));
  const parts = [
    Buffer.from(MAGIC, "latin1"),
    length,
    Buffer.from(json, "utf8"),
    bytes(parser.move.keys),
    bytes(parser.move.w),
    bytes(parser.label.keys),
    bytes(parser.label.w),
    bytes(parser.move.counts),
    bytes(parser.move.cls),
    bytes(parser.label.counts),
    bytes(parser.label.cls),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function bytes(a: Uint32Array | Float32Array | Uint8Array): Buffer {
  // Typed arrays are little-endian on every platform Node runs on.
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

export function readModelFile(gz: Buffer, name: string): { header: ModelHeader; parser: TrainedParser } {
  // Inflated into one buffer of the size the gzip trailer gives (zlib's default 16 kB chunks,
  // joined at the end, cost a third more time and a copy), read in place where aligned.
  const size = gz.length >= 4 ? gz.readUInt32LE(gz.length - 4) : 0;
  const raw = gunzipSync(gz, { chunkSize: Math.min(Math.max(size, 64 * 1024), 2 ** 28) });
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC)
    throw new Error(`parser model: not a model file: ${name}`);
  const jsonLength = raw.readUInt32LE(MAGIC.length);
  const header = checkHeader(
    JSON.parse(raw.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + jsonLength)),
    name,
  );
  // The typed arrays view the body where it starts on a multiple of 4, else a copy of it.
  let body: Uint8Array = raw.subarray(MAGIC.length + 4 + jsonLength);
  if (body.byteOffset % 4 !== 0)
    (body = new Uint8Array(body.length)).set(raw.subarray(MAGIC.length + 4 + jsonLength));
  let at = 0;
  const take32 = <T>(make: new (b: ArrayBufferLike, o: number, n: number) => T, n: number): T => {
    const a = new make(body.buffer, body.byteOffset + at, n);
    at += 4 * n;
    return a;
  };
  const take8 = (n: number): Uint8Array => {
    const a = body.subarray(at, at + n);
    at += n;
    return a;
  };
  const { move, label } = header;
  const moveKeys = take32(Uint32Array, move.rows);
  const moveW = take32(Float32Array, move.entries);
  const labelKeys = take32(Uint32Array, label.rows);
  const labelW = take32(Float32Array, label.entries);
  const moveTable: WeightTable = {
    keys: moveKeys,
    w: moveW,
    counts: take8(move.rows),
    cls: take8(move.entries),
  };
  const labelTable: WeightTable = {
    keys: labelKeys,
    w: labelW,
    counts: take8(label.rows),
    cls: take8(label.entries),
  };
  if (at !== body.length) throw new Error(`parser model: table sizes do not match the header: ${name}`);
  const allowed = (names: readonly string[]): Uint8Array =>
    Uint8Array.from(header.labels, (l) => (names.includes(l) ? 1 : 0));
  return {
    header,
    parser: {
      labels: header.labels,
      leftAllowed: allowed(header.left),
      rightAllowed: allowed(header.right),
      move: moveTable,
      label: labelTable,
    },
  };
}
