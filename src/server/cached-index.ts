import type { IndexSource } from "./index-source.js";

/**
 * The index with its answers kept for `ttlMs`: a month's rows change only when events are written,
 * and computing them is the API's costliest work (tens of milliseconds), so that many clients asking
 * for the same month cost one computation; concurrent asks share one promise. `clear()` (after this
 * server stores a document) makes its events count at once; writers in other processes (`curtain
 * ingest` into the same database) show within `ttlMs`. At most `maxEntries` answers, oldest dropped.
 */
export function cachedIndex(
  source: IndexSource,
  ttlMs: number,
  maxEntries = 2000,
): { readonly index: IndexSource; clear(): void } {
  const cache = new Map<string, { readonly at: number; readonly rows: ReturnType<IndexSource> }>();
  const index: IndexSource = (q) => {
    const key = `${q.from} ${q.to} ${q.country ?? ""}`;
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && now - hit.at < ttlMs) return hit.rows;
    const rows = source(q);
    cache.delete(key);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, { at: now, rows });
    // A failure is not kept: the next ask tries again.
    rows.catch(() => {
      if (cache.get(key)?.rows === rows) cache.delete(key);
    });
    return rows;
  };
  return { index, clear: () => cache.clear() };
}
