import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "./event-type.js";
import { cueFileSchema, triggerFileSchema, type CueFile, type TriggerEntry } from "./lexicon-schema.js";
import type { Modality } from "./event.js";

/** One step of a compiled trigger pattern: the lemmas or word forms it accepts. */
export type Step =
  | { readonly kind: "word"; readonly words: ReadonlySet<string> }
  | { readonly kind: "gap"; readonly max: number };

export interface Trigger extends TriggerEntry {
  readonly steps: readonly Step[];
}

export interface TypeInfo {
  readonly plover: string | null;
  readonly cameo: string | null;
  readonly weight: number;
  /** What kind of party may act or be the target; any when absent. */
  readonly actor?: "state" | "bloc" | undefined;
  readonly target?: "state" | "bloc" | undefined;
}

export interface Lexicon {
  readonly triggers: readonly Trigger[];
  /** Triggers by the words their first step accepts. */
  readonly byFirstWord: ReadonlyMap<string, readonly Trigger[]>;
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

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL("../../data/lexicon/", import.meta.url));

const cache = new Map<string, Lexicon>();

/** Loads and validates data/lexicon/*.yaml; throws naming the file and the entry on bad data. */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const cached = cache.get(dir);
  if (cached) return cached;
  const triggers = read(dir, "triggers.yaml", triggerFileSchema).triggers.map(compile);
  const seen = new Set<string>();
  for (const t of triggers) {
    if (seen.has(t.id)) throw new Error(`${dir}triggers.yaml: duplicate trigger id: ${t.id}`);
    seen.add(t.id);
  }
  const byFirstWord = new Map<string, Trigger[]>();
  for (const t of triggers) {
    const first = t.steps[0];
    if (!first || first.kind !== "word")
      throw new Error(`${dir}triggers.yaml: ${t.id}: a pattern must start with a word`);
    for (const w of first.words) byFirstWord.set(w, [...(byFirstWord.get(w) ?? []), t]);
  }
  const typeFile = read(dir, "event-types.yaml", typeFileSchema);
  for (const type of EVENT_TYPES) {
    if (!typeFile.types[type]) throw new Error(`${dir}event-types.yaml: missing type: ${type}`);
  }
  const lexicon: Lexicon = {
    triggers,
    byFirstWord,
    cues: read(dir, "cues.yaml", cueFileSchema),
    types: typeFile.types as Record<EventType, TypeInfo>,
    modalityFactor: typeFile.modalityFactor,
  };
  cache.set(dir, lexicon);
  return lexicon;
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

function compile(entry: TriggerEntry): Trigger {
  const steps: Step[] = entry.match
    .trim()
    .split(/\s+/)
    .map((step) =>
      step === "~" || step === "~~"
        ? { kind: "gap" as const, max: step === "~" ? 5 : 12 }
        : { kind: "word" as const, words: new Set(step.toLowerCase().split("|")) },
    );
  if (steps[steps.length - 1]?.kind === "gap")
    throw new Error(`trigger ${entry.id}: a pattern cannot end with ~`);
  // Every trigger gets the same keys in the same order, so all share one hidden class: trigger
  // matching reads them for every candidate word.
  return {
    id: entry.id,
    type: entry.type,
    match: entry.match,
    pos: entry.pos,
    actor: entry.actor,
    target: entry.target,
    needs: entry.needs,
    intransitive: entry.intransitive,
    implicitTarget: entry.implicitTarget,
    keepsInner: entry.keepsInner,
    actorKind: entry.actorKind,
    modality: entry.modality,
    examples: entry.examples,
    steps,
  };
}
