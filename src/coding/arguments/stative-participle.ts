/**
 * Participles of feeling that read as adjectives after "be": in "Berlin was alarmed by Beijing's
 * steps" Berlin is the one alarmed and speaks; "by" names the cause, not the one acting, so the
 * verb is not taken for a passive ("Crimea was annexed by Russia").
 */
const STATIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  "concerned",
  "alarmed",
  "troubled",
  "worried",
  "disappointed",
  "dismayed",
  "outraged",
  "shocked",
  "appalled",
  "angered",
  "saddened",
  "disturbed",
]);

export function isStativeParticiple(norm: string): boolean {
  return STATIVE_PARTICIPLES.has(norm);
}
