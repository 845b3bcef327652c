import type { FastifySchemaCompiler } from "fastify";
import type { z } from "zod";

/** The value at `path` of the request part, for quoting what was sent. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const key of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

function quote(value: unknown): string {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 60 ? `"${s.slice(0, 57)}..."` : `"${s}"`;
}

/**
 * One line per problem, each naming the parameter and the reason:
 * `month: expected a month as YYYY-MM, got "2019-13"`, `unknown parameter "montth"`.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): string {
  return issues
    .map((issue) => {
      if (issue.code === "unrecognized_keys")
        return issue.keys.map((k) => `unknown parameter "${k}"`).join("; ");
      const name = issue.path.map(String).join(".") || "body";
      const value = valueAt(data, issue.path);
      return value === undefined ? `${name}: required` : `${name}: ${issue.message}, got ${quote(value)}`;
    })
    .join("; ");
}

/**
 * fastify's validator for route schemas that are zod schemas: the parsed (typed, defaulted,
 * upper-cased) value replaces the request's, and a failure is a 400 whose message names each
 * bad parameter.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data ?? {});
    if (result.success) return { value: result.data };
    const error = Object.assign(new Error(describeIssues(result.error.issues, data ?? {})), {
      statusCode: 400,
    });
    return { error };
  };
