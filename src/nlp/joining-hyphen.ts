import type { Token } from "./annotated-document.js";

const HYPHEN: ReadonlySet<string> = new Set(["-"]);

/**
 * Whether the token at `at` is a hyphen (one of `marks`) written without spaces between the tokens
 * around it: "Russian-Belarusian", "Kremlin-backed", "no-fly".
 */
export function joiningHyphen(
  tokens: readonly Token[],
  at: number,
  marks: ReadonlySet<string> = HYPHEN,
): boolean {
  const h = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    h !== undefined &&
    before !== undefined &&
    after !== undefined &&
    marks.has(h.text) &&
    before.end === h.start &&
    h.end === after.start
  );
}
