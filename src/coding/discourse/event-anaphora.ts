import type { Mention, Sentence } from "../../nlp/annotated-document.js";
import type { EventType } from "../lexicon/event-type.js";
import type { Party } from "../arguments/resolve-mention.js";

/** What an event-anaphoric object may refer back to: an earlier act, or an accusation. */
export interface EventAnaphoraCues {
  /** Act nouns with the types of act each may name; an empty list names any act. */
  readonly act: Readonly<Record<string, readonly EventType[]>>;
  readonly accusation: readonly string[];
  /** Objects of a blocking verb that refer back to a membership bid: "did not veto the move",
   *  "have yet to ratify it". */
  readonly accession: readonly string[];
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
/** How many earlier events a plural "the accusations" gathers its accusers from. */
const RECENT = 12;
const SKIP_POS = new Set(["DET", "ADJ", "PRON", "PUNCT"]);
const NAMING = new Set(["called", "termed", "described", "dubbed"]);

/**
 * The target of a criticism whose object refers back instead of naming anyone: "Bush condemned
 * the recognition" criticises whoever did the last act coded before (not a criticism, not by the
 * critic); "the Kremlin dismissed the accusations" answers whoever last accused the critic.
 * Returns [] when the object is not such a noun or nothing earlier fits.
 */
export function eventAnaphorTargets(
  type: EventType,
  sentence: Sentence,
  after: number,
  matchEnd: number,
  critics: readonly Party[],
  earlier: readonly EarlierEvent[],
  cues: EventAnaphoraCues,
  resolve: (m: Mention) => Party[],
  previous: Sentence | undefined,
  topicState: Party | null = null,
): Party[] {
  if (type === "ACCESSION_BLOCK")
    return candidateReferredTo(sentence, after, matchEnd, critics, earlier, cues, resolve, previous);
  if (type !== "CRITICISM") return [];
  const tokens = sentence.tokens;
  let kind: "act" | "accusation" | null = null;
  let types: readonly EventType[] = [];
  let noun = -1;
  // "condemned what he called an unprecedented act": the naming frame does not count.
  let framed = 0;
  for (let i = after; i < tokens.length && i < Math.max(after, matchEnd) + REACH + framed; i++) {
    const t = tokens[i]!;
    if (NAMING.has(t.norm) && tokens[i - 1]?.pos === "PRON" && tokens[i - 2]?.norm === "what") {
      framed += 3;
      continue;
    }
    if (cues.accusation.includes(t.norm) || cues.accusation.includes(t.lemma)) kind = "accusation";
    else if (Object.hasOwn(cues.act, t.norm) || Object.hasOwn(cues.act, t.lemma)) {
      kind = "act";
      types = cues.act[t.norm] ?? cues.act[t.lemma]!;
    }
    if (kind) {
      noun = i;
      break;
    }
    if (i >= matchEnd && !SKIP_POS.has(t.pos)) break;
  }
  // "the recognition of Kosovo by ...": the object names its own parties; leave it to the slots.
  if (!kind || tokens[noun + 1]?.norm === "of" || tokens[noun + 1]?.norm === "by") return [];
  const critic = new Set(critics.map((c) => c.code));
  // "rejected the British accusation": the accuser is named on the noun itself.
  const own = ownerBefore(sentence, noun, after, resolve);
  if (own.length) return own.filter((p) => !critic.has(p.code));
  // "dismissed the accusations": every recent accuser of the critic; "the accusation": the last.
  if (kind === "accusation" && tokens[noun]!.norm.endsWith("s")) {
    const text = sentence.text.slice(
      tokens[noun]!.start - sentence.start,
      tokens[noun]!.end - sentence.start,
    );
    const accusers: Party[] = [];
    for (let k = earlier.length - 1; k >= 0 && earlier.length - k <= RECENT; k--) {
      const e = earlier[k]!;
      if (e.type === "CRITICISM" && critic.has(e.target.code) && !critic.has(e.actor.code))
        if (!accusers.some((a) => a.code === e.actor.code)) accusers.push({ ...e.actor, text });
    }
    if (accusers.length) return accusers;
  }
  const fits = (e: EarlierEvent): boolean =>
    !critic.has(e.actor.code) &&
    (kind === "accusation"
      ? e.type === "CRITICISM" && critic.has(e.target.code)
      : e.type !== "CRITICISM" && (!types.length || types.includes(e.type)));
  // "Ankara condemned the decision": among recent acts, one done to the critic comes first.
  let affecting = -1;
  for (let k = earlier.length - 1; k >= 0 && earlier.length - k <= RECENT; k--)
    if (fits(earlier[k]!) && critic.has(earlier[k]!.target.code)) {
      affecting = k;
      break;
    }
  for (let k = affecting >= 0 ? affecting : earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (fits(e))
      return [
        {
          ...e.actor,
          text: sentence.text.slice(tokens[noun]!.start - sentence.start, tokens[noun]!.end - sentence.start),
        },
      ];
  }
  // "The EU called the diversion illegal" with no earlier act it could be: a hostile act of the
  // state the article is about, unless that state is the critic.
  if (kind === "act" && types.length && topicState && !critic.has(topicState.code))
    return [
      {
        ...topicState,
        text: sentence.text.slice(tokens[noun]!.start - sentence.start, tokens[noun]!.end - sentence.start),
      },
    ];
  return [];
}

const ACCESSION_TYPES = new Set<EventType>(["ACCESSION_BID", "ACCESSION_PROGRESS", "ACCESSION_BLOCK"]);

/**
 * "Orban did not veto the move", "Turkey and Hungary have yet to ratify it": the object is the
 * membership step coded last, and the target is its candidate (the applicant of a bid, the state
 * admitted or blocked).
 */
function candidateReferredTo(
  sentence: Sentence,
  after: number,
  matchEnd: number,
  blockers: readonly Party[],
  earlier: readonly EarlierEvent[],
  cues: EventAnaphoraCues,
  resolve: (m: Mention) => Party[],
  previous: Sentence | undefined,
): Party[] {
  const tokens = sentence.tokens;
  let noun = -1;
  for (let i = Math.max(after, matchEnd); i < tokens.length && i < Math.max(after, matchEnd) + REACH; i++) {
    const t = tokens[i]!;
    if (cues.accession.includes(t.norm)) {
      noun = i;
      break;
    }
    if (!SKIP_POS.has(t.pos) || t.norm === "its" || t.norm === "their") break;
  }
  if (noun < 0 || tokens[noun + 1]?.norm === "of") return [];
  const blocker = new Set(blockers.map((b) => b.code));
  // "Sweden's bid remains stuck. Turkey and Hungary have yet to ratify it."
  if (tokens[noun]!.pos === "PRON") {
    for (const s of previous ? [sentence, previous] : [sentence]) {
      const bid = possessedBid(s, cues, resolve).filter((p) => !blocker.has(p.code));
      if (bid.length) return bid;
    }
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (!ACCESSION_TYPES.has(e.type)) continue;
    const candidate = e.type === "ACCESSION_BID" ? e.actor : e.target;
    if (blocker.has(candidate.code)) continue;
    const text = sentence.text.slice(
      tokens[noun]!.start - sentence.start,
      tokens[noun]!.end - sentence.start,
    );
    return [{ ...candidate, text }];
  }
  return [];
}

/** The actor named by a mention between `from` and the noun: "the British accusation", "Kyiv's claims". */
function ownerBefore(
  sentence: Sentence,
  noun: number,
  from: number,
  resolve: (m: Mention) => Party[],
): Party[] {
  for (const m of sentence.mentions) if (m.first >= from && m.last <= noun) return resolve(m);
  return [];
}

/** "Sweden's bid", "Ukraine's membership": the state whose membership step a sentence names. */
function possessedBid(
  sentence: Sentence,
  cues: EventAnaphoraCues,
  resolve: (m: Mention) => Party[],
): Party[] {
  const tokens = sentence.tokens;
  for (const m of sentence.mentions) {
    if (tokens[m.last]?.norm !== "'s") continue;
    let j = m.last + 1;
    while (tokens[j]?.pos === "ADJ") j++;
    const t = tokens[j];
    if (t && t.pos !== "PRON" && cues.accession.includes(t.norm)) return resolve(m);
  }
  return [];
}
