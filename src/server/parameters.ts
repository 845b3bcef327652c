import { z } from "zod";
import { EVENT_TYPES } from "../coding/lexicon/event-type.js";

/**
 * Query and path parameters as zod schemas. Every reason is written for people: the 400 answer
 * says "parameter: reason, got VALUE" (see validation.ts), and the OpenAPI description is made
 * from the same schemas (openapi.ts).
 */

/** A query value given twice arrives as an array: say so instead of "expected string". */
const text = (what: string) =>
  z.string({
    error: (issue) => (Array.isArray(issue.input) ? "given more than once" : `expected ${what}`),
  });

function validDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** YYYY, YYYY-MM or YYYY-MM-DD, a real date. */
export const dateParam = text("a date as YYYY, YYYY-MM or YYYY-MM-DD")
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" })
  .refine((v) => validDay(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v), {
    error: "no such date",
  });

/** YYYY-MM, a real month. */
export const monthParam = text("a month as YYYY-MM")
  .regex(/^\d{4}-\d{2}$/, { error: "expected a month as YYYY-MM" })
  .refine((v) => validDay(`${v}-01`), { error: "no such month" });

/** YYYY-MM or YYYY-MM-DD. */
export const dayOrMonthParam = text("a date as YYYY-MM-DD or YYYY-MM")
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: "expected a date as YYYY-MM-DD or YYYY-MM" })
  .refine((v) => validDay(v.length === 7 ? `${v}-01` : v), { error: "no such date" });

/** A state or organisation code as events carry it (SRB, EU, NATO); upper-cased. */
export const codeParam = text("a code like SRB")
  .regex(/^[A-Za-z0-9_]{2,12}$/, { error: "expected a code like SRB" })
  .transform((v) => v.toUpperCase());

export const typeParam = text("an event type")
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(EVENT_TYPES, { error: `expected one of ${EVENT_TYPES.join(", ")}` }));

/** A page size: a whole number within 1..max, `fallback` when absent. */
export function limitParam(max: number, fallback: number) {
  return text(`a whole number from 1 to ${max}`)
    .regex(/^\d+$/, { error: `expected a whole number from 1 to ${max}` })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, { error: `expected 1 to ${max}` })
        .max(max, { error: `expected 1 to ${max}` }),
    )
    .optional()
    .transform((v) => v ?? fallback)
    .describe(`page size, 1 to ${max} (default ${fallback})`);
}

export const cursorParam = text("a cursor")
  .regex(/^[A-Za-z0-9_-]{1,2000}$/, { error: "not a cursor from a previous page" })
  .describe("the `nextCursor` of the previous page");

export const formatParam = z
  .enum(["json", "csv"], { error: "expected json or csv" })
  .describe("csv streams every matching row as text/csv (as `Accept: text/csv` does); the default is json");

/** A document id: the sha256 of its raw bytes, 64 hex digits. */
export const documentIdParam = text("a document id")
  .regex(/^[0-9a-fA-F]{64}$/, { error: "expected a document id (64 hex digits)" })
  .transform((v) => v.toLowerCase());

/** Full-text words; punctuation separates them. */
export const queryParam = text("words to search for")
  .min(1, { error: "empty" })
  .max(200, { error: "longer than 200 characters" })
  .refine((v) => /[\p{L}\p{N}]/u.test(v), { error: "has no words (letters or digits)" })
  .describe(
    "full text: events whose document contains every word (letters and digits; case and punctuation aside, diacritics kept)",
  );
