import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { Report } from "../report.js";
import { resolveMention, type Party } from "../arguments/resolve-mention.js";

/** Contacts whose initiator a readout names: calls, meetings, talks, visits. */
const CONTACT = new Set([
  "conversation",
  "conversations",
  "call",
  "calls",
  "meeting",
  "talks",
  "visit",
  "summit",
  "negotiations",
  "consultations",
]);
/** How far the initiator may stand from "initiative" / "initiated": "the U.S. side's initiative". */
const REACH = 4;

/**
 * "At the USA's initiative, Vladimir Putin had a telephone conversation with Barack Obama", "the
 * conversation was held on the initiative of the Georgian side", "a call initiated by the US": a
 * contact goes from its initiator to the partner (test/corpus-real/ANNOTATION.md, clarification 5).
 * When the initiator is the partner of a contact coded in this sentence or, for a sentence about the
 * contact itself ("The conversation was held ..."), of the last contact coded before it, the
 * reverse report is added; the report with the initiator acting needs nothing.
 */
export function initiatorContacts<R extends Report>(
  sentence: Sentence,
  reports: readonly R[],
  date: string | null,
  kb: KnowledgeBase,
): R[] {
  const initiator = initiatorIn(sentence, date, kb);
  if (!initiator) return [];
  const contacts = reports.filter((r) => r.type === "DIPLOMATIC_COOPERATION");
  const here = contacts.filter((r) => r.sentence === sentence);
  const involved = (r: R) => r.actor.code === initiator.code || r.target.code === initiator.code;
  let base = here.filter(involved);
  if (!here.length && sentence.tokens.some((t) => CONTACT.has(t.norm))) {
    const last = contacts.findLast((r) => r.sentence.start < sentence.start && involved(r));
    base = last ? [last] : [];
  }
  if (base.some((r) => r.actor.code === initiator.code)) return [];
  const out: R[] = [];
  for (const r of base)
    if (!out.some((o) => o.target.code === r.actor.code))
      out.push({ ...r, sentence, actor: { ...r.target, text: initiator.text }, target: r.actor });
  return out;
}

/** The state named as a contact's initiator in the sentence, if any. */
function initiatorIn(sentence: Sentence, date: string | null, kb: KnowledgeBase): Party | null {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let mention: Mention | undefined;
    if (t.norm === "initiative") {
      // "the initiative of the German side" / "Ukraine's initiative", "the Ukrainian side's initiative".
      mention =
        tokens[i + 1]?.norm === "of"
          ? sentence.mentions.find((m) => m.first > i + 1 && m.first <= i + 1 + REACH)
          : sentence.mentions.findLast((m) => m.last <= i && m.last >= i - REACH);
      // "his initiative to hold a forum", "its initiative": no state named in reach; "welcomed
      // Poland's initiative": a proposal, not where a contact came from ("at" or "on" it).
      if (mention && (!ownerBetween(tokens, mention, i) || !atOrOn(tokens, Math.min(i, mention.first))))
        mention = undefined;
    } else if (t.lemma === "initiate" && tokens[i + 1]?.norm === "by") {
      // "a call initiated by the US", "the phone call was initiated by the Russian side".
      const subject = tokens.slice(Math.max(0, i - 4), i).some((u) => CONTACT.has(u.norm));
      if (subject) mention = sentence.mentions.find((m) => m.first > i + 1 && m.first <= i + 1 + REACH);
    }
    if (!mention) continue;
    const parties = resolveMention(mention, date, kb, { allowPlaces: false }).filter((p) =>
      kb.states.has(p.code),
    );
    if (parties.length === 1) return parties[0]!;
  }
  return null;
}

/** "at the initiative of", "on Ukraine's initiative": the phrase opens with "at" or "on". */
function atOrOn(tokens: Sentence["tokens"], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.norm === "the") k--;
  return tokens[k]?.norm === "at" || tokens[k]?.norm === "on";
}

/** Between the mention and "initiative" only an article, "side" and a possessive: the mention owns it. */
function ownerBetween(tokens: Sentence["tokens"], mention: Mention, at: number): boolean {
  const [from, to] = mention.last <= at ? [mention.last, at] : [at + 2, mention.first];
  for (let k = from; k < to; k++) {
    const n = tokens[k]!.norm;
    if (!["the", "side", "'s", "’s", "'"].includes(n)) return false;
  }
  return true;
}
