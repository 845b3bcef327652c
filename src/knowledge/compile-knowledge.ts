import { buildAliases, type SourcedAlias } from "./build-aliases.js";
import { collect, type Collected } from "./collect.js";
import { readKnowledgeFiles } from "./read-files.js";
import type { MembershipSourceEntry } from "./schema.js";
import { validateKnowledge } from "./validate.js";

/**
 * The knowledge base as plain data: every entry read, schema-checked and cross-checked, and the
 * aliases built from them (without the entries they came from, which only error messages need).
 * JSON-safe (the common words as a list, the membership sources as entries), so that the build can write it once and `loadKnowledge`
 * read it back without the YAML parser, zod or world-countries.
 */
export interface CompiledKnowledge {
  readonly collected: Omit<Collected, "commonWords" | "membershipSources"> & {
    readonly commonWords: readonly string[];
    readonly membershipSources: readonly (readonly [string, MembershipSourceEntry])[];
  };
  readonly aliases: readonly Pick<SourcedAlias, "alias">[];
}

/**
 * Reads every *.yaml file of `dir`, validates them and builds the aliases. Throws an Error listing
 * every broken rule, one per line, each naming the file and the entry.
 */
export function compileKnowledge(dir: string, packageRoot: string): CompiledKnowledge {
  const collected = collect(readKnowledgeFiles(dir, packageRoot));
  const aliases = buildAliases(collected);
  const errors = validateKnowledge(collected, aliases);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return {
    collected: {
      ...collected,
      commonWords: [...collected.commonWords],
      membershipSources: [...collected.membershipSources],
    },
    aliases: aliases.map((a) => ({ alias: a.alias })),
  };
}
