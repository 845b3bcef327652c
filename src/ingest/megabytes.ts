/** A byte count as people read it: "10 MB", "2.5 MB". */
export function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}
