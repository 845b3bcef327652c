import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { knowledgeFileSchema, type KnowledgeFile } from "./schema.js";

export interface ParsedFile {
  readonly file: string;
  readonly data: KnowledgeFile;
}

/** Reads and schema-checks every *.yaml file of a directory, in name order. Throws on the first bad file. */
export function readKnowledgeFiles(dir: string, packageRoot: string): ParsedFile[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith(".yaml"))
    .sort();
  if (names.length === 0) throw new Error(`${displayPath(dir, packageRoot)}: no .yaml files`);
  return names.map((name) => readKnowledgeFile(join(dir, name), packageRoot));
}

/** Reads and schema-checks one knowledge file. Throws when it is not valid. */
export function readKnowledgeFile(path: string, packageRoot: string): ParsedFile {
  const file = displayPath(path, packageRoot);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = knowledgeFileSchema.safeParse(raw ?? {});
  if (!result.success) throw new Error(formatIssues(file, raw, result.error.issues));
  return { file, data: result.data };
}

export function displayPath(path: string, packageRoot: string): string {
  const rel = relative(packageRoot, resolve(path));
  return rel.startsWith("..") || rel === "" ? resolve(path) : rel.split(sep).join("/");
}

/** `file: persons[3] (putin): tenures.1.from: not a calendar date`, one line per issue. */
function formatIssues(file: string, raw: unknown, issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const [key, index, ...rest] = issue.path;
      if (typeof key !== "string") return `${file}: ${issue.message}`;
      if (typeof index !== "number")
        return `${file}: ${key}${rest.length ? "." + rest.join(".") : ""}: ${issue.message}`;
      const label = entryLabel(raw, key, index);
      const inner = rest.length ? `${rest.join(".")}: ` : "";
      return `${file}: ${key}[${index}]${label}: ${inner}${issue.message}`;
    })
    .join("\n");
}

function entryLabel(raw: unknown, key: string, index: number): string {
  const list = (raw as Record<string, unknown> | null)?.[key];
  const entry = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const label = entry?.["id"] ?? entry?.["code"] ?? entry?.["name"] ?? entry?.["text"];
  return typeof label === "string" ? ` (${label})` : "";
}
