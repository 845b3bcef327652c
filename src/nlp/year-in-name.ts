import type { Token } from "./annotated-document.js";

const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/**
 * Whether the year at token `i` is part of a name: "Expo 2027", "Vision 2030", "Euro 2024" name
 * an event or a programme, not a time. A capitalised noun right before the year makes it a name;
 * a month ("May 2026"), a preposition ("In 2014") or a determiner ("The 2008 war") does not.
 */
export function isYearInName(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || (previous.pos !== "PROPN" && previous.pos !== "NOUN")) return false;
  const first = previous.text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return !MONTH.test(previous.text);
}
