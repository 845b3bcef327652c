import { EVENT_TYPES, isEventType, type EventType } from "../lexicon/event-type.js";
import type { ScorerModel, WeightVectors } from "./scorer-model.js";

// The shipped scorer on disk (data/coder/scorer.bin): "CURTSCR1", a little-endian uint32 header
// length, a JSON header (threshold, calibration, the types with their number of weights, and every
// feature name once, in name order) padded with spaces to a multiple of 8 bytes, then each type's
// weights (float64, the numbers the trainer computed, to the last bit) and their feature numbers
// (uint32), type after type in `EVENT_TYPES` order, each type's in feature order. Reading it takes
// no parse of 200k numbers and no dictionary of 200k keys: the weights go straight into the
// matrix that scoring reads (see `WeightVectors`). The same model gives the same bytes.

const MAGIC = "CURTSCR1";

interface Header {
  readonly format: 1;
  readonly version: 1;
  readonly threshold: number;
  readonly calibration: { readonly a: number; readonly b: number };
  readonly types: readonly { readonly name: string; readonly weights: number }[];
  readonly features: readonly string[];
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The bytes of `model` in the shipped format. */
export function encodeScorerModel(model: ScorerModel): Buffer {
  const types = EVENT_TYPES.filter((t) => model.types[t]);
  const features = [...new Set(types.flatMap((t) => Object.keys(model.types[t]!)))].sort(byName);
  const number = new Map(features.map((f, i) => [f, i]));
  const rows = types.map((t) =>
    Object.entries(model.types[t]!).sort((x, y) => number.get(x[0])! - number.get(y[0])!),
  );
  const header: Header = {
    format: 1,
    version: model.version,
    threshold: model.threshold,
    calibration: { a: model.calibration.a, b: model.calibration.b },
    types: types.map((name, i) => ({ name, weights: rows[i]!.length })),
    features,
  };
  let json = JSON.stringify(header);
  while ((MAGIC.length + 4 + Buffer.byteLength(json)) % 8 !== 0) json += " ";
  const length = Buffer.alloc(4);
  length.writeUInt32LE(Buffer.byteLength(json));
  const entries = rows.flat();
  const weights = Float64Array.from(entries, ([, w]) => w);
  const ids = Uint32Array.from(entries, ([f]) => number.get(f)!);
  return Buffer.concat([
    Buffer.from(MAGIC, "latin1"),
    length,
    Buffer.from(json, "utf8"),
    // Typed arrays are little-endian on every platform Node runs on.
    Buffer.from(weights.buffer),
    Buffer.from(ids.buffer),
  ]);
}

/** The model in `bytes` (read from `name`), with its weights as scoring reads them. */
export function decodeScorerModel(
  bytes: Uint8Array,
  name: string,
): { model: ScorerModel; vectors: WeightVectors } {
  const fail = (why: string): never => {
    throw new Error(`scorer model: ${why}: ${name}`);
  };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < MAGIC.length + 4 || view.toString("latin1", 0, MAGIC.length) !== MAGIC)
    fail("not a scorer model file");
  const jsonLength = view.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4 + jsonLength;
  const header = JSON.parse(view.toString("utf8", MAGIC.length + 4, start)) as Header;
  if (header.format !== 1 || header.version !== 1) fail("unknown format");
  if (
    typeof header.threshold !== "number" ||
    typeof header.calibration?.a !== "number" ||
    typeof header.calibration.b !== "number" ||
    !Array.isArray(header.features) ||
    !Array.isArray(header.types)
  )
    fail("bad header");
  const types = header.types.map((t) => (isEventType(t.name) ? t.name : fail(`unknown type ${t.name}`)));
  if (!header.types.every((t) => Number.isInteger(t.weights) && t.weights >= 0)) fail("bad header");
  const total = header.types.reduce((n, t) => n + t.weights, 0);
  if (start % 8 !== 0 || view.length !== start + total * 12) fail("sizes do not match the header");
  // The typed arrays need aligned offsets: copy when the bytes do not start on a multiple of 8.
  let body: Uint8Array = view.subarray(start);
  if (body.byteOffset % 8 !== 0) (body = new Uint8Array(body.length)).set(view.subarray(start));
  const w = new Float64Array(body.buffer, body.byteOffset, total);
  const ids = new Uint32Array(body.buffer, body.byteOffset + total * 8, total);
  const n = types.length;
  const features = header.features;
  const matrix = new Float64Array(features.length * n);
  let e = 0;
  header.types.forEach((t, i) => {
    for (const end = e + t.weights; e < end; e++) {
      const f = ids[e]!;
      if (f >= features.length) fail("feature number out of range");
      matrix[f * n + i] = w[e]!;
    }
  });
  const rowOf = new Map<string, number>();
  features.forEach((f, i) => rowOf.set(f, i));
  const vectors: WeightVectors = { types, rowOf, weights: matrix };
  const model: ScorerModel = {
    version: 1,
    threshold: header.threshold,
    calibration: { a: header.calibration.a, b: header.calibration.b },
    types: lazyTypes(header, w, ids),
  };
  return { model, vectors };
}

/**
 * The weights by type and feature name as the trainer gave them, each type's built when first
 * read: scoring does not read them (it reads the matrix), so loading does not pay for them.
 */
function lazyTypes(header: Header, w: Float64Array, ids: Uint32Array): ScorerModel["types"] {
  const out: Partial<Record<EventType, Readonly<Record<string, number>>>> = {};
  let e = 0;
  for (const t of header.types) {
    const [from, to] = [e, (e += t.weights)];
    let built: Record<string, number> | null = null;
    Object.defineProperty(out, t.name, {
      enumerable: true,
      get: () => {
        built ??= Object.fromEntries(
          Array.from({ length: to - from }, (_, i) => [header.features[ids[from + i]!]!, w[from + i]!]),
        );
        return built;
      },
    });
  }
  return out;
}
