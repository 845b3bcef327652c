import { createHash } from "node:crypto";
import { lendsDate } from "./dates/restated-date.js";
import type { CodedEvent, Evidence } from "./event.js";
import type { Lexicon } from "./lexicon/lexicon.js";
import type { Occurrence } from "./occurrence.js";
import type { Report } from "./report.js";

/**
 * One event per (type, actor, target): the first mention that claims it gives modality, date and
 * evidence, the others are its further mentions.
 */
export function assemble(
  documentId: string,
  occurrences: readonly Report[],
  lexicon: Lexicon,
  published: string | null,
): CodedEvent[] {
  const groups = new Map<string, Report[]>();
  for (const o of occurrences) {
    const key = `${o.type}|${o.actor.code}|${o.target.code}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const events: CodedEvent[] = [];
  for (const list of groups.values()) {
    // The first mention that claims something gives modality and date; hypothetical ones claim nothing.
    const claims = list.filter((o) => o.modality !== "hypothetical");
    // Within that first sentence, the mention whose parties were found surest, and of those one a
    // verb states: "On the sidelines of the summit, Putin will meet Erdogan" is the planned meeting
    // the verb states, not the summit noun that reached Putin only as a fallback or through the
    // fronted phrase (a noun's act takes its time from the clause around it).
    const opening = claims[0] ?? list[0]!;
    const rank = (o: Report): number => o.confidence + (isVerb(o) ? 0.01 : 0);
    const first = (claims.length ? claims : list)
      .filter((o) => o.sentence === opening.sentence)
      .reduce((best, o) => (rank(o) > rank(best) ? o : best), opening);
    // A later mention dates it only if it restates the news: "they last spoke in March" does not.
    // Else the day of the news the first mention tells (a headline's: see newsDay).
    const date =
      first.date ??
      claims.find((o) => o.date && lendsDate(o.sentence, o.date, published))?.date ??
      first.newsDay ??
      null;
    const evidence = (o: Report): Evidence => ({
      text: o.sentence.text,
      start: o.sentence.start,
      end: o.sentence.end,
    });
    const type = first.type;
    const info = lexicon.types[type];
    const mentions: Evidence[] = [];
    for (const o of list)
      if (o !== first && !mentions.some((e) => e.start === o.sentence.start)) mentions.push(evidence(o));
    const ev = evidence(first);
    events.push({
      id: createHash("sha256")
        .update(`${documentId}|${type}|${first.actor.code}|${first.target.code}|${ev.start}|${ev.end}`)
        .digest("hex")
        .slice(0, 16),
      type,
      actor: first.actor.code,
      target: first.target.code,
      actorText: first.actor.text,
      targetText: first.target.text,
      actorRole: first.actor.role,
      modality: first.modality,
      date,
      dateSource: date ? "text" : "none",
      location: first.location ?? list.find((o) => o.location)?.location ?? null,
      weapon: first.weapon ?? list.find((o) => o.weapon)?.weapon ?? null,
      cameo: info.cameo,
      plover: info.plover,
      weight: Math.round(info.weight * lexicon.modalityFactor[first.modality] * 100) / 100,
      confidence: first.confidence,
      evidence: ev,
      mentions,
    });
  }
  return events.sort((a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type));
}

/** Whether a mention's trigger opens with a verb ("will meet", "held talks"), not a noun ("the summit"). */
function isVerb(o: Report): boolean {
  // Reports the learned scorer proposes have no trigger.
  if (!("match" in o)) return false;
  const pos = o.sentence.tokens[(o as Occurrence).match.first]?.pos;
  return pos === "VERB" || pos === "AUX";
}
