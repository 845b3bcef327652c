import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/**
 * Loads an ES module synchronously, when a code path that cannot be async first needs it: the
 * file `import(specifier)` would load (the package's own `exports`), through require(), which
 * loads ES modules in Node >= 20.19. Both share one module cache, so a module already imported is
 * not loaded again.
 */
export function loadSync<T>(specifier: string): T {
  return require(fileURLToPath(import.meta.resolve(specifier))) as T;
}
