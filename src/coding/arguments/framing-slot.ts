/**
 * The one whose act a trailing contact phrase frames: "Putin discussed the Azov Sea at a meeting
 * with Kuchma", "Lavrov raised the issue during talks with Cavusoglu", "the President returned to
 * Moscow after his talks with Erdogan". The phrase follows its clause's verb (fronted-slot.ts reads
 * it when it opens the sentence); the verb's subject holds the contact. A clause of its own between
 * the verb and the phrase ("said that ...", "which ...") leaves the phrase to that clause.
 */
import { openerBefore } from "./fronted-slot.js";
import { isPassive } from "./passive.js";
import { fill, VERBAL } from "./slot-shared.js";
import { subjectSlot } from "./slot-subject.js";
import type { SlotContext, SlotFill } from "./slots.js";

/** Words that start a clause of their own between the verb and the phrase. */
const CLAUSE_OPENERS = new Set(["that", "which", "who", "whom", "whose", "where", "when", "while"]);

/** How far before the phrase its verb may stand. */
const MAX_DISTANCE = 16;

export function framingSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const opener = openerBefore(tokens, match.first);
  if (opener <= 0) return null;
  for (let i = opener - 1; i >= 0 && opener - i <= MAX_DISTANCE; i--) {
    const t = tokens[i]!;
    if (t.text === ";" || t.text === ":" || t.text === "(" || t.text === ")") return null;
    if (CLAUSE_OPENERS.has(t.norm) || t.pos === "SCONJ") return null;
    if (!VERBAL.has(t.pos) || t.pos === "AUX") continue;
    if (isPassive(sentence, i)) return null;
    const found = subjectSlot({
      ...ctx,
      match: { ...match, first: i, last: i + 1 },
      nominal: false,
      passive: false,
    });
    return found ? fill("framing", found.mentions) : null;
  }
  return null;
}
