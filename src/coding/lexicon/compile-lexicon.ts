import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "./event-type.js";
import type { Modality } from "../event.js";
import type { TypeInfo } from "./lexicon.js";
import { cueFileSchema, triggerFileSchema, type CueFile, type TriggerEntry } from "./lexicon-schema.js";

/**
 * The lexicon's files as validated plain data (JSON-safe): what the build writes once, so that
 * `loadLexicon` needs neither the YAML parser nor zod at run time.
 */
export interface LexiconEntries {
  readonly triggers: readonly TriggerEntry[];
  readonly cues: CueFile;
  readonly types: Readonly<Record<EventType, TypeInfo>>;
  readonly modalityFactor: Readonly<Record<Modality, number>>;
}

const typeFileSchema = z
  .object({
    types: z.record(
      z.enum(EVENT_TYPES),
      z
        .object({
          plover: z.string().nullable(),
          cameo: z.string().nullable(),
          weight: z.number().min(-10).max(10),
          actor: z.enum(["state", "bloc"]).optional(),
          target: z.enum(["state", "bloc"]).optional(),
        })
        .strict(),
    ),
    modalityFactor: z.object({
      asserted: z.number(),
      threatened: z.number(),
      planned: z.number(),
      hypothetical: z.number(),
      negated: z.number(),
    }),
  })
  .strict();

/** Reads and validates triggers.yaml, event-types.yaml and cues.yaml of `dir` (ending in a slash). */
export function readLexiconEntries(dir: string): LexiconEntries {
  const triggers = read(dir, "triggers.yaml", triggerFileSchema).triggers;
  const typeFile = read(dir, "event-types.yaml", typeFileSchema);
  for (const type of EVENT_TYPES) {
    if (!typeFile.types[type]) throw new Error(`${dir}event-types.yaml: missing type: ${type}`);
  }
  return {
    triggers,
    cues: read(dir, "cues.yaml", cueFileSchema),
    types: typeFile.types as Record<EventType, TypeInfo>,
    modalityFactor: typeFile.modalityFactor,
  };
}

function read<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const path = `${dir}${name}`;
  const result = schema.safeParse(parse(readFileSync(path, "utf8")));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${path}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}
