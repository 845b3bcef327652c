/**
 * The one who reports a contact of their own: "Putin informed Erdogan of the results of his talks
 * with Merkel", "briefed his counterpart on the telephone conversation with Trump", "informed
 * Pashinyan on the course of talks with the United States", "told Putin about his conversations with
 * the leaders of Ukraine". The contact named after "of", "on" or
 * "about" a verb of informing is the informing subject's, not the listener's ("his" stands for the
 * subject, not the last person named). A party named inside the phrase ("of Turkey's talks with
 * Sweden", "about Russian-US consultations") owns the contact itself.
 */
import { isActorMention } from "./resolve-mention.js";
import { isPassive } from "./passive.js";
import { mentionsOf, VERBAL } from "./slot-shared.js";
import { subjectSlot } from "./slot-subject.js";
import type { SlotContext, SlotFill } from "./slots.js";

/** Verbs of telling someone about something, and their forms the tagger may read as adjectives. */
const INFORMING = new Set(["inform", "brief", "update", "apprise", "tell"]);
const INFORMED = new Set(["informed", "briefed", "updated", "apprised", "told"]);

/** What the contact is told "of", "on" or "about". */
const ABOUT = new Set(["of", "on", "about"]);

/** How far before the contact noun the verb of informing may stand. */
const MAX_DISTANCE = 14;

export function informantSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  let about = -1;
  for (let i = match.first - 1; i >= 0 && match.first - i <= MAX_DISTANCE; i--) {
    const t = tokens[i]!;
    if (t.text === ";" || t.text === ":" || t.text === "(") return null;
    if (ABOUT.has(t.norm) && t.pos === "ADP") about = i;
    const informing = INFORMING.has(t.lemma) || INFORMED.has(t.norm);
    if (!VERBAL.has(t.pos) && !informing) continue;
    if (!informing || about < 0 || isPassive(sentence, i) || toldOf(tokens, i)) return null;
    const named = mentionsOf(ctx).some((m) => m.first > about && m.first < match.first && isActorMention(m));
    if (named) return null;
    const at = { ...match, first: i, last: i + 1 };
    return subjectSlot({ ...ctx, match: at, nominal: false, passive: false });
  }
  return null;
}

/** "Putin was informed by Erdogan of his talks": the one told is the subject, not the teller. */
function toldOf(tokens: SlotContext["sentence"]["tokens"], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  return tokens[k]?.lemma === "be" || tokens[k]?.lemma === "get";
}
