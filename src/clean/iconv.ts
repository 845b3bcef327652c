import { createRequire } from "node:module";
import type iconvLite from "iconv-lite";

let loaded: typeof iconvLite | null = null;

/** iconv-lite, loaded on first use: most inputs are UTF-8, which Node decodes itself. */
export function iconv(): typeof iconvLite {
  loaded ??= createRequire(import.meta.url)("iconv-lite") as typeof iconvLite;
  return loaded;
}
