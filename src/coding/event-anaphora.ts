import type { Sentence } from "../nlp/annotated-document.js";
import type { EventType } from "./event-type.js";
import type { Party } from "./resolve-mention.js";

/** What an event-anaphoric object may refer back to: an earlier act, or an accusation. */
export interface EventAnaphoraCues {
  /** Act nouns with the types of act each may name; an empty list names any act. */
  readonly act: Readonly<Record<string, readonly EventType[]>>;
  readonly accusation: readonly string[];
}

/** An event coded earlier in the document, in text order. */
export interface EarlierEvent {
  readonly type: EventType;
  readonly actor: Party;
  readonly target: Party;
}

/** How far after the trigger the anaphoric noun may stand: "condemned the recognition",
 *  "called the step", "dismissed the latest accusations". */
const REACH = 4;
const SKIP_POS = new Set(["DET", "ADJ", "PRON", "PUNCT"]);

/**
 * The target of a criticism whose object refers back instead of naming anyone: "Bush condemned
 * the recognition" criticises whoever did the last act coded before (not a criticism, not by the
 * critic); "the Kremlin dismissed the accusations" answers whoever last accused the critic.
 * Returns [] when the object is not such a noun or nothing earlier fits.
 */
export function eventAnaphorTargets(
  sentence: Sentence,
  after: number,
  critics: readonly Party[],
  earlier: readonly EarlierEvent[],
  cues: EventAnaphoraCues,
): Party[] {
  const tokens = sentence.tokens;
  let kind: "act" | "accusation" | null = null;
  let types: readonly EventType[] = [];
  let noun = -1;
  for (let i = after; i < tokens.length && i < after + REACH; i++) {
    const t = tokens[i]!;
    if (cues.accusation.includes(t.norm) || cues.accusation.includes(t.lemma)) kind = "accusation";
    else if (Object.hasOwn(cues.act, t.norm) || Object.hasOwn(cues.act, t.lemma)) {
      kind = "act";
      types = cues.act[t.norm] ?? cues.act[t.lemma]!;
    }
    if (kind) {
      noun = i;
      break;
    }
    if (!SKIP_POS.has(t.pos)) break;
  }
  // "the recognition of Kosovo by ...": the object names its own parties; leave it to the slots.
  if (!kind || tokens[noun + 1]?.norm === "of" || tokens[noun + 1]?.norm === "by") return [];
  const critic = new Set(critics.map((c) => c.code));
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (critic.has(e.actor.code)) continue;
    const fits =
      kind === "accusation"
        ? e.type === "CRITICISM" && critic.has(e.target.code)
        : e.type !== "CRITICISM" && (!types.length || types.includes(e.type));
    if (fits)
      return [
        {
          ...e.actor,
          text: sentence.text.slice(tokens[noun]!.start - sentence.start, tokens[noun]!.end - sentence.start),
        },
      ];
  }
  return [];
}
