import type { Sentence, TimeExpression, Token } from "../../nlp/annotated-document.js";

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
};

/** "first", "10th", "25th": the count of years an anniversary marks, or null. */
function ordinal(token: Token | undefined): number | null {
  if (!token) return null;
  const word = ORDINALS[token.norm];
  if (word !== undefined) return word;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(token.norm);
  return m ? Number(m[1]) : null;
}

/** Words that may stand between "anniversary of" and the trigger: "of Moscow's full-scale invasion". */
const BETWEEN = new Set(["DET", "PRON", "PROPN", "ADJ", "NOUN", "PART", "PUNCT", "NUM"]);

/**
 * The date of an act named as what an anniversary marks: "by Feb. 24, the first anniversary of
 * Moscow's full-scale invasion" dates the invasion a year before that Feb. 24; "marks the tenth
 * anniversary of the annexation" with no date of its own, ten years before publication (the year
 * only). Undefined when the trigger is no anniversary's.
 */
export function anniversaryDate(
  sentence: Sentence,
  triggerFirst: number,
  published: string | null,
): string | null | undefined {
  const tokens = sentence.tokens;
  let of = -1;
  for (let i = triggerFirst - 1; i >= 0 && i >= triggerFirst - 8; i--) {
    const t = tokens[i]!;
    if (t.norm === "of" && tokens[i - 1]?.norm === "anniversary") {
      of = i;
      break;
    }
    if (!BETWEEN.has(t.pos) || t.text === "," || t.text === ";") return undefined;
  }
  if (of < 0) return undefined;
  const years = ordinal(tokens[of - 2]);
  if (years === null) return undefined;
  // "Feb. 24, the first anniversary": the time set beside the anniversary.
  const the = tokens[of - 3]?.norm === "the" ? of - 3 : of - 2;
  const beside = sentence.times.find(
    (t: TimeExpression) =>
      t.date !== null && (t.last === the || (t.last === the - 1 && tokens[the - 1]?.text === ",")),
  );
  const anchor = beside?.date ?? published?.slice(0, 4) ?? null;
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4)) - years;
  const rest = beside ? anchor.slice(4) : "";
  return `${String(year).padStart(4, "0")}${rest}`;
}
