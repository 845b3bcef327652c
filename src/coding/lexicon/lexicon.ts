import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { hasCompiledData, readCompiled } from "../../compiled/read-compiled.js";
import type { LexiconEntries, readLexiconEntries } from "./compile-lexicon.js";
import type { EventType } from "./event-type.js";
import type { CueFile, TriggerEntry } from "./lexicon-schema.js";
import type { Modality } from "../event.js";

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

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL("../../../data/lexicon/", import.meta.url));
/** Written by `npm run build` from data/lexicon/*.yaml. */
export const COMPILED_LEXICON = "lexicon.json";

type Compiler = { readLexiconEntries: typeof readLexiconEntries };
/**
 * The YAML reader (yaml and zod) is loaded only when there is no compiled lexicon (running from
 * src/), else on first need.
 */
const preloaded: Compiler | null = hasCompiledData(COMPILED_LEXICON)
  ? null
  : await import("./compile-lexicon.js");
function compiler(): Compiler {
  return preloaded ?? (createRequire(import.meta.url)("./compile-lexicon.js") as Compiler);
}

const cache = new Map<string, Lexicon>();

/**
 * Loads and validates data/lexicon/*.yaml (or those of `dir`); throws naming the file and the entry
 * on bad data. The shipped lexicon comes from its compiled form when the build wrote one for these
 * very files.
 */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const cached = cache.get(dir);
  if (cached) return cached;
  const entries =
    (dir === DEFAULT_LEXICON_DIR ? readCompiled<LexiconEntries>(COMPILED_LEXICON, dir) : null) ??
    compiler().readLexiconEntries(dir);
  const lexicon = assembleLexicon(dir, entries);
  cache.set(dir, lexicon);
  return lexicon;
}

/** The compiled form of the shipped lexicon, straight from its YAML (what the build writes). */
export function compileShippedLexicon(): LexiconEntries {
  return compiler().readLexiconEntries(DEFAULT_LEXICON_DIR);
}

/** The lexicon of validated entries: trigger patterns compiled and indexed by their first words. */
function assembleLexicon(dir: string, entries: LexiconEntries): Lexicon {
  const triggers = entries.triggers.map(compile);
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
  return {
    triggers,
    byFirstWord,
    cues: entries.cues,
    types: entries.types,
    modalityFactor: entries.modalityFactor,
  };
}

/** The words a gap bridges at most: "~" five, "~~" twelve, "~~~" (a long reported clause) twenty-four. */
const GAPS = { "~": 5, "~~": 12, "~~~": 24 } as const;

function compile(entry: TriggerEntry): Trigger {
  const steps: Step[] = entry.match
    .trim()
    .split(/\s+/)
    .map((step) =>
      Object.hasOwn(GAPS, step)
        ? { kind: "gap" as const, max: GAPS[step as keyof typeof GAPS] }
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
    reciprocal: entry.reciprocal,
    mutual: entry.mutual,
    implicitTarget: entry.implicitTarget,
    implicitActor: entry.implicitActor,
    keepsInner: entry.keepsInner,
    actorKind: entry.actorKind,
    modality: entry.modality,
    partner: entry.partner,
    placeTarget: entry.placeTarget,
    sides: entry.sides,
    examples: entry.examples,
    steps,
  };
}
