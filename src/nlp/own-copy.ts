/**
 * A copy of a string that shares no memory with a larger one. V8 makes a slice of 13 or more
 * characters a view into its parent, so a cache keyed by a token's text would otherwise keep
 * the whole article alive; caches store own copies.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
