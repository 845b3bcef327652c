/**
 * Direct object search: the first actor right after a trigger (naming frames and possessive
 * determiners included), or else the antecedent of a relative pronoun before the trigger's subject.
 */
import type { Mention, Token } from "../../nlp/annotated-document.js";
import { isBoundary } from "./clause.js";
import { isActorMention, isNonStateMention } from "./resolve-mention.js";
import { coordinated } from "./coordination.js";
import {
  MAX_OBJECT_DISTANCE,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  PEOPLE,
  VERBAL,
  NOMINAL,
  mentionsOf,
  fill,
  isPlace,
} from "./slot-shared.js";
import { personBefore } from "./slot-subject.js";
import type { SlotFill, SlotContext } from "./slots.js";

/** The first actor mention right after the trigger, not inside a prepositional phrase; else the
 *  antecedent of a relative pronoun before the trigger's subject. */
export function objectSlot(ctx: SlotContext): SlotFill | null {
  return directObject(ctx) ?? relativeObject(ctx.sentence.tokens, mentionsOf(ctx), ctx.match.first);
}

/** "what von der Leyen called", "what Moscow describes as": the index of the naming verb, else null. */
function namingFrameEnd(tokens: readonly Token[], i: number): number | null {
  if (tokens[i]!.norm !== "what") return null;
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const lemma = tokens[k]!.lemma;
    if (lemma === "call" || lemma === "describe" || lemma === "term" || lemma === "dub") return k;
  }
  return null;
}

function directObject(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  const mentions = mentionsOf(ctx);
  for (let i = match.first + 1; i < tokens.length && i - match.last < MAX_OBJECT_DISTANCE; i++) {
    // "agree what von der Leyen called the harshest package": the one naming it is no object.
    const naming = namingFrameEnd(tokens, i);
    if (naming !== null) {
      i = naming;
      continue;
    }
    if (isBoundary(tokens, i, ctx.boundaries)) return null;
    const t = tokens[i]!;
    if (PEOPLE.has(t.norm) && tokens[i + 1]?.norm === "of") {
      i++;
      continue;
    }
    if (PREPOSITIONS.has(t.norm) && t.pos === "ADP") return null;
    // "imposed sanctions on Dodik, accusing him of corruption": "him"/"her" is the last person named.
    if (
      t.pos === "PRON" &&
      (t.norm === "him" || (t.norm === "her" && !NOMINAL.has(tokens[i + 1]?.pos ?? "")))
    ) {
      const person = personBefore(mentions, match.first) ?? ctx.previousPerson;
      return person ? fill("object", [person]) : null;
    }
    // "have yet to ratify it, and Ankara accuses": the object was a pronoun; a new clause follows.
    // "we supply you with gas": a transcript's "you" is a mention of the addressee (first-person.ts).
    // "met his Turkish counterpart", "thanked her Polish hosts": a possessive determiner opens the object.
    if (t.pos === "PRON" && POSSESSIVE_DETERMINERS.has(t.norm) && NOMINAL.has(tokens[i + 1]?.pos ?? ""))
      continue;
    if (t.pos === "PRON" && t.norm !== "its" && t.norm !== "their" && !mentions.some((m) => m.first === i))
      return null;
    if (t.pos === "CCONJ" && tokens[i - 1]?.text === ",") return null;
    // "called the incursion reckless and said the alliance stood with Poland": a coordinated verb
    // phrase starts; its words are no object of this one.
    if (i > match.last && t.pos === "CCONJ" && VERBAL.has(tokens[i + 1]?.pos ?? "")) return null;
    const at = mentions.findIndex((m) => m.first === i);
    if (at < 0) continue;
    // "attacked U.S.-backed Syrian forces": the object is no state.
    if (isNonStateMention(mentions[at]!)) return null;
    if (!isActorMention(mentions[at]!) && !isPlace(mentions[at]!)) {
      i = mentions[at]!.last - 1;
      continue;
    }
    return fill("object", coordinated(tokens, mentions, at, +1));
  }
  return null;
}

/**
 * "Crimea, which Moscow annexed in 2014", "the European Union, which it applied to join": with no
 * object after the verb, the object is the antecedent of the relative pronoun before its subject.
 */
function relativeObject(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  verb: number,
): SlotFill | null {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k--;
  const subject = mentions.find((m) => m.last - 1 === k);
  if (subject) k = subject.first - 1;
  else if (tokens[k]?.pos === "PRON" && tokens[k]!.norm !== "which" && tokens[k]!.norm !== "that") k--;
  else return null;
  if (tokens[k]?.norm !== "which" && tokens[k]?.norm !== "that") return null;
  k--;
  if (tokens[k]?.text === ",") k--;
  const antecedent = mentions.find((m) => m.last - 1 === k);
  return antecedent && (isActorMention(antecedent) || isPlace(antecedent))
    ? fill("object", [antecedent])
    : null;
}
