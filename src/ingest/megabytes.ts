const KB = 1024;
const MB = 1024 * 1024;

/**
 * A byte count as people read it, in the unit that suits it and to three significant digits:
 * "10 MB", "2.5 MB", "10.2 KB", "512 bytes" (a limit of 0.01 MB is "10.2 KB", not "0.0 MB").
 */
export function megabytes(n: number): string {
  if (n < KB) return `${Math.round(n)} byte${Math.round(n) === 1 ? "" : "s"}`;
  const [value, unit] = n < MB ? [n / KB, "KB"] : [n / MB, "MB"];
  return `${Number(value.toPrecision(value >= 1000 ? 4 : 3))} ${unit}`;
}

/** "file is 12.5 KB, over the 10.2 KB limit", in exact bytes when rounding would show equal sizes. */
export function overLimit(size: number, limit: number, what = "file"): string {
  const [a, b] = [megabytes(size), megabytes(limit)];
  if (a !== b) return `${what} is ${a}, over the ${b} limit`;
  return `${what} is ${size.toLocaleString("en")} bytes, over the ${Math.floor(limit).toLocaleString("en")}-byte limit`;
}
