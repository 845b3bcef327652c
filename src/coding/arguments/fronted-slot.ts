/**
 * The one a fronted phrase is about: "At a meeting with NATO's Secretary General, Putin said ...",
 * "During his talks with Erdogan, the Russian President noted ...", "Meeting with the Speaker of
 * the Ukrainian parliament, Putin said ...". The phrase opens the sentence and ends at a comma; the
 * party named right after it, followed by its verb, is the subject of the clause the phrase modifies.
 */
import type { Token } from "../../nlp/annotated-document.js";
import { coordinated } from "./coordination.js";
import { isActorMention } from "./resolve-mention.js";
import { fill, mentionsOf, VERBAL } from "./slot-shared.js";
import type { SlotContext, SlotFill } from "./slots.js";

/** Words that open a phrase around a contact ("at a meeting", "during the talks"). */
const OPENERS = new Set(["at", "during", "in", "after", "following"]);

/** Words that may stand between the party and its verb ("Putin also said"). */
const BEFORE_VERB = new Set(["ADV"]);

export function frontedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  if (!opensSentence(tokens, match.first)) return null;
  const mentions = mentionsOf(ctx);
  for (let i = match.last; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The phrase has no verb of its own, and ends with the sentence's first clause.
    if (VERBAL.has(t.pos) || t.norm === ";" || t.norm === ".") return null;
    if (t.norm !== ",") continue;
    // "with the Secretary General, Jaap de Hoop Scheffer, Putin said": an appositive between two
    // commas belongs to the phrase; the party after the last comma, with its verb, is the subject.
    const start = tokens[i + 1]?.pos === "DET" ? i + 2 : i + 1;
    const at = mentions.findIndex((m) => m.first === start);
    if (at < 0 || !isActorMention(mentions[at]!)) continue;
    const subject = coordinated(tokens, mentions, at, +1);
    let verb = subject[subject.length - 1]!.last;
    while (tokens[verb] && BEFORE_VERB.has(tokens[verb]!.pos)) verb++;
    if (tokens[verb] && VERBAL.has(tokens[verb]!.pos)) return fill("fronted", subject);
  }
  return null;
}

/** The trigger opens the sentence, alone or after "At a", "During his", "In the". */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  return first === 0 || openerBefore(tokens, first) === 0;
}

/**
 * The opener of a phrase around the trigger: "at a", "during his", "after the" right before it
 * (only determiners, pronouns and adjectives between); -1 with none.
 */
export function openerBefore(tokens: readonly Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "PRON" || tokens[k]!.pos === "ADJ")) k--;
  return k >= 0 && OPENERS.has(tokens[k]!.norm) ? k : -1;
}
