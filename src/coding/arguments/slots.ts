import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { Slot } from "../lexicon/lexicon-schema.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";
import { pairSides } from "./pair-slot.js";
import { isActorMention } from "./resolve-mention.js";
import { objectSlot } from "./slot-object.js";
import { prepSlot, embeddedSlot, predicatedSlot, possessorSlot, weaponSlot } from "./slot-preposition.js";
import { mentionsOf, fill, afterCopula } from "./slot-shared.js";
import { subjectSlot } from "./slot-subject.js";
import { frontedSlot } from "./fronted-slot.js";
import { informantSlot } from "./informant-slot.js";
import { framingSlot } from "./framing-slot.js";

export { isPerson } from "./slot-subject.js";

/** Mentions that fill a slot, coordinated ones included ("Denmark and the Netherlands"). */
export interface SlotFill {
  readonly slot: Slot;
  readonly mentions: readonly Mention[];
}

export interface SlotContext {
  readonly sentence: Sentence;
  readonly match: TriggerMatch;
  readonly boundaries: ReadonlySet<string>;
  /** The trigger is a verb in the passive voice ("was annexed by"). */
  readonly passive: boolean;
  /** The trigger is a noun: it has a subject only as the predicate of a copula
   *  ("Putin's most controversial move was the annexation of Crimea"). */
  readonly nominal: boolean;
  /** Lemmas of attribution verbs: "attributed to Russia", "blamed on Russian hackers". */
  readonly attribution: readonly string[];
  /** The last person named in the sentences before, for "he" and "she". */
  readonly previousPerson: Mention | null;
  /** The person the sentence before opened with as its subject: what a "he" or "she" opening a
   *  clause takes first (arguments/opening-subject.ts). */
  readonly previousSubject?: Mention | null;
}

/** Finds the mentions that fill one slot of a trigger's frame. */
export function fillSlot(slot: Slot, ctx: SlotContext): SlotFill | null {
  switch (slot) {
    case "subject":
      if (ctx.nominal && !afterCopula(ctx.sentence.tokens, ctx.match.first)) return null;
      return ctx.passive ? prepSlot("by", ctx, slot) : subjectSlot(ctx);
    case "by":
      return prepSlot("by", ctx, slot);
    case "object":
      return ctx.passive ? subjectSlot(ctx, slot) : objectSlot(ctx);
    case "possessor":
      return possessorSlot(ctx);
    case "weapon":
      return weaponSlot(ctx);
    case "attributed":
      return attributedSlot(ctx);
    case "condition":
      return conditionSlot(ctx);
    case "embedded":
      return embeddedSlot(ctx);
    case "predicated":
      return predicatedSlot(ctx);
    case "owner":
      return ownerSlot(ctx);
    case "fronted":
      return frontedSlot(ctx);
    case "informant":
      return informantSlot(ctx);
    case "framing":
      return framingSlot(ctx);
    case "anti":
      return antiSlot(ctx);
    case "pairFirst":
    case "pairSecond": {
      const sides = pairSides(ctx.sentence.tokens, mentionsOf(ctx), ctx.match);
      return sides ? fill(slot, slot === "pairFirst" ? [sides.first] : sides.others) : null;
    }
    default:
      return prepSlot(slot, ctx, slot);
  }
}

/**
 * "the anti-Russia sanctions", "imposed anti-Russian economic measures": the state an "anti-"
 * adjective before the trigger's first or last word is against, with only adjectives between.
 */
function antiSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const opposed = sentence.opposed ?? [];
  if (!opposed.length) return null;
  const tokens = sentence.tokens;
  for (const head of [match.first, match.last - 1]) {
    const m = opposed.findLast((x) => x.last <= head && x.last >= head - 2);
    if (!m) continue;
    let plain = true;
    for (let i = m.last; i < head; i++) if (tokens[i]!.pos !== "ADJ") plain = false;
    if (plain) return fill("anti", [m]);
  }
  return null;
}

/**
 * "Estonia scrambled jets after a Russian plane violated its airspace": "its" inside the trigger
 * is not the one acting (nobody violates their own airspace) but the actor named before that one.
 */
function ownerSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  let owner = -1;
  for (let i = match.first + 1; i < match.last; i++)
    if (tokens[i]!.norm === "its" || tokens[i]!.norm === "their") owner = i;
  if (owner < 0) return null;
  const before = mentionsOf(ctx).filter((m) => m.last <= match.first && isActorMention(m));
  const actor = before[before.length - 1];
  if (!actor) return null;
  const codes = new Set(actor.refs.flatMap((r) => (r.kind === "actor" ? [r.code] : [])));
  const other = before.findLast(
    (m) => m.last <= actor.first && !m.refs.some((r) => r.kind === "actor" && codes.has(r.code)),
  );
  return other ? fill("owner", [other]) : null;
}

/** "warned ... if Russia did not step back": the party the condition is put to. */
function conditionSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  for (let i = match.last; i < tokens.length; i++) {
    // "warned of consequences should Lithuania let Taiwan open an office": an inverted condition.
    const inverted = tokens[i]!.norm === "should" && sentence.mentions.some((x) => x.first === i + 1);
    if (tokens[i]!.norm !== "if" && tokens[i]!.norm !== "unless" && !inverted) continue;
    const m = sentence.mentions.find((x) => x.first > i && x.first <= i + 3 && isActorMention(x));
    return m ? fill("condition", [m]) : null;
  }
  return null;
}

/** "cyber attacks on Ukrainian banks ... attributed to Russia's GRU": the actor named by attribution. */
function attributedSlot(ctx: SlotContext): SlotFill | null {
  const { sentence, match } = ctx;
  const tokens = sentence.tokens;
  let verb = -1;
  for (let i = 0; i < tokens.length; i++) if (ctx.attribution.includes(tokens[i]!.lemma)) verb = i;
  if (verb < 0) return null;
  const mentions = mentionsOf(ctx);
  // "attacks that officials blamed on Russian hackers": right after the verb;
  // "attributed the attacks on Ukrainian banks to Russia's GRU": "to" after the trigger.
  // "blamed the Russian military for NotPetya", "accused Moscow of the attack": the one blamed
  // stands between the verb and "for"/"of" right before the trigger.
  if (verb < match.first) {
    let k = match.first - 1;
    while (
      k > verb &&
      (tokens[k]!.pos === "DET" ||
        tokens[k]!.pos === "ADJ" ||
        tokens[k]!.pos === "PROPN" ||
        tokens[k]!.pos === "NOUN") &&
      !mentions.some((m) => m.first <= k && m.last > k && isActorMention(m))
    )
      k--;
    if (tokens[k]?.norm === "for" || tokens[k]?.norm === "of") {
      const blamed = mentions.filter((m) => m.first > verb && m.last <= k && isActorMention(m)).pop();
      if (blamed) return fill("attributed", [blamed]);
    }
  }
  const from = verb > match.first ? verb + 1 : match.last;
  const markers = verb > match.first ? ["on", "to"] : ["to"];
  for (let i = from; i < tokens.length && (verb < match.first || i <= verb + 1); i++) {
    if (!markers.includes(tokens[i]!.norm)) continue;
    const at = mentions.findIndex((m) => m.first > i && m.first <= i + 3 && isActorMention(m));
    if (at >= 0) return fill("attributed", [mentions[at]!]);
  }
  return null;
}
