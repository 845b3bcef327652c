import type { FastifyRequest } from "fastify";

/** `?format=csv`, or no format and an Accept header that names text/csv (before any JSON). */
export function wantsCsv(request: FastifyRequest, format: "json" | "csv" | undefined): boolean {
  if (format !== undefined) return format === "csv";
  const accept = request.headers.accept ?? "";
  const csv = accept.search(/\btext\/csv\b(?!;\s*q=0(\.0*)?\s*(,|$))/i);
  const json = accept.search(/\bapplication\/json\b/i);
  return csv !== -1 && (json === -1 || csv < json);
}

/** Lines joined in chunks, so that a million rows are not a million writes. */
export async function* csvChunks(
  header: string,
  lines: AsyncIterable<string>,
  chunk = 500,
): AsyncGenerator<string> {
  let buffer: string[] = [header];
  for await (const line of lines) {
    buffer.push(line);
    if (buffer.length >= chunk) {
      yield buffer.join("\n") + "\n";
      buffer = [];
    }
  }
  if (buffer.length) yield buffer.join("\n") + "\n";
}
