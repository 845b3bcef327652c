import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "../../coding/lexicon/event-type.js";

/** data/lexicon/, two levels above both src/ingest/gdelt and dist/ingest/gdelt. */
const LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicon/", import.meta.url));

const mapFileSchema = z.object({
  codes: z.record(z.string().regex(/^\d{2,4}$/), z.enum(EVENT_TYPES).nullable()),
  confidence: z.number().min(0).max(1),
});

const typeFileSchema = z.object({
  types: z.record(z.string(), z.object({ plover: z.string().nullable() }).loose()),
});

/** CAMEO codes to our types (data/lexicon/cameo-map.yaml) and what imported events carry. */
export interface CameoMap {
  /** The type of a CAMEO event code, or null when it has none (see the file's rules). */
  typeOf(code: string): EventType | null;
  /** The PLOVER code of one of our types (data/lexicon/event-types.yaml). */
  ploverOf(type: EventType): string | null;
  readonly confidence: number;
}

/**
 * Loads the CAMEO map; the most specific key wins (whole code, three digits, root), and a key
 * mapped to null leaves its codes unmapped. Throws naming the file when it is malformed.
 */
export function loadCameoMap(dir: string = LEXICON_DIR): CameoMap {
  const file = read(dir, "cameo-map.yaml", mapFileSchema);
  const types = read(dir, "event-types.yaml", typeFileSchema).types;
  const codes = new Map(Object.entries(file.codes));
  const memo = new Map<string, EventType | null>();
  return {
    typeOf(code: string): EventType | null {
      let type = memo.get(code);
      if (type !== undefined) return type;
      type = null;
      for (const length of [4, 3, 2]) {
        if (code.length < length) continue;
        const hit = codes.get(code.slice(0, length));
        if (hit !== undefined) {
          type = hit;
          break;
        }
      }
      memo.set(code, type);
      return type;
    },
    ploverOf: (type) => types[type]?.plover ?? null,
    confidence: file.confidence,
  };
}

function read<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const path = `${dir}${name}`;
  const result = schema.safeParse(parse(readFileSync(path, "utf8")));
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => i.message).join("; ")}`);
  return result.data;
}
