import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { blocSchema } from "../knowledge/schema.js";

const code = z.string().regex(/^[A-Z][A-Z0-9]{1,5}$/u, "codes are upper case (RUS, EU, NATO)");
const nonNegative = z.number().min(0);
const bloc = blocSchema;
const status = z.enum(["member", "candidate", "potential-candidate", "applicant", "map"]);
const pole = z.strictObject({ codes: z.array(code).min(1), membersOf: z.array(bloc) });

/** The schema of data/analysis/alignment.yaml (its comments say what each weight means). */
export const alignmentWeightsSchema = z
  .strictObject({
    window: z.strictObject({
      months: z.number().int().min(1).max(120),
      halfLifeMonths: z.number().positive(),
    }),
    poles: z.strictObject({ EAST: pole, WEST: pole, CHN: pole }),
    roles: z.strictObject({
      cooperationByCountry: nonNegative,
      cooperationByPole: nonNegative,
      coercionByCountry: nonNegative,
      coercionByPole: nonNegative,
    }),
    sourceLog: nonNegative,
    evidence: z.strictObject({
      prior: z.number().positive(),
      share: z.number().min(0).max(1),
      thinBelow: z.number().min(0).max(1),
    }),
    structural: z.strictObject({
      share: z.number().min(0).max(1),
      statuses: z.partialRecord(bloc, z.partialRecord(status, z.number().min(-5).max(5))),
      modifiers: z.strictObject({ frozen: z.number().min(0).max(1), suspended: z.number().min(0).max(1) }),
    }),
    maxEventsPerComponent: z.number().int().min(1),
  })
  .refine((w) => Math.abs(w.evidence.share + w.structural.share - 1) < 1e-9, {
    message: "evidence.share and structural.share must add up to 1 (the value stays in [-1, +1])",
  })
  .refine(
    (w) => {
      const all = [...w.poles.EAST.codes, ...w.poles.WEST.codes, ...w.poles.CHN.codes];
      return new Set(all).size === all.length;
    },
    { message: "a code belongs to one pole only" },
  );

export type AlignmentWeights = z.infer<typeof alignmentWeightsSchema>;

const DEFAULT_FILE = fileURLToPath(new URL("../../data/analysis/alignment.yaml", import.meta.url));
const cache = new Map<string, AlignmentWeights>();

/** Reads and checks the weights file (default data/analysis/alignment.yaml); throws one line per issue. */
export function loadAlignmentWeights(file: string = DEFAULT_FILE): AlignmentWeights {
  const cached = cache.get(file);
  if (cached) return cached;
  const result = alignmentWeightsSchema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success)
    throw new Error(
      result.error.issues.map((i) => `${file}: ${i.path.join(".") || "(file)"}: ${i.message}`).join("\n"),
    );
  cache.set(file, result.data);
  return result.data;
}
