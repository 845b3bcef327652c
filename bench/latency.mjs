// Latency of repeated calls, for the query benches.

/** p50 and p95 of `n` timed calls of `fn(i)`, in milliseconds. */
export async function latency(n, fn) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  return { runs: times.length, p50: at(0.5), p95: at(0.95) };
}
