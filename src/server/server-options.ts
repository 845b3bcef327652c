/** How an API server behaves; `serverOptionsFromEnv` reads them from the environment. */
export interface ServerOptions {
  /** The bearer token POST /api/documents needs; null turns the route off (404). */
  readonly token: string | null;
  /** Origins allowed by CORS ("*" for any); empty: no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** Requests per minute per client address; null: no limit. */
  readonly rateLimitPerMinute: number | null;
  /** The largest POST /api/documents body, in bytes. */
  readonly maxBodyBytes: number;
  /** pino's level ("info", "warn", ...), or false for no logs (tests). */
  readonly logLevel: string | false;
}

export const DEFAULT_RATE_LIMIT = 600;
export const DEFAULT_MAX_BODY_MB = 5;

/**
 * CURTAIN_TOKEN (the bearer token; unset or empty: ingestion off), CURTAIN_CORS_ORIGIN
 * (comma-separated origins, or *), CURTAIN_RATE_LIMIT (requests per minute per address, 0: off;
 * default 600), CURTAIN_MAX_BODY_MB (default 5), CURTAIN_LOG_LEVEL (pino's, default info; "silent").
 * A malformed value is an Error naming the variable.
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerOptions {
  const number = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
      throw new Error(`${name}: expected a number of at least ${min}, got "${raw}"`);
    return n;
  };
  const rate = number("CURTAIN_RATE_LIMIT", DEFAULT_RATE_LIMIT, 0);
  const level = env["CURTAIN_LOG_LEVEL"] || "info";
  const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
  if (!levels.includes(level))
    throw new Error(`CURTAIN_LOG_LEVEL: expected one of ${levels.join(", ")}, got "${level}"`);
  return {
    token: env["CURTAIN_TOKEN"] || null,
    corsOrigins: (env["CURTAIN_CORS_ORIGIN"] ?? "")
      .split(",")
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: rate === 0 ? null : Math.floor(rate),
    maxBodyBytes: Math.floor(number("CURTAIN_MAX_BODY_MB", DEFAULT_MAX_BODY_MB, 0.001) * 1024 * 1024),
    logLevel: level,
  };
}
