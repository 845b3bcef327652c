/**
 * Words that make a time the bound of a span rather than the time of an act: a contract "until
 * 2036", gas "through to 2036", membership "by 2030", talks suspended "till 2028", transit
 * "after January 1", "before 2014".
 */
const BEFORE =
  /\b(?:until|till|through(?:\s+to)?|thru|up\s+to|by|after|before)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+)?$/i;

/** Whether the time expression starting at `index` of `text` bounds a span ("until 2036"). */
export function endsASpan(text: string, index: number): boolean {
  return BEFORE.test(text.slice(Math.max(0, index - 30), index));
}
