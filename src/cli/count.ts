/** "1 file", "2 files", "0 files": a number with its noun as people write it. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
