import type { Token } from "../../nlp/annotated-document.js";
import { joiningHyphen } from "../../nlp/joining-hyphen.js";
import type { Modality } from "../event.js";
import type { EventType } from "../lexicon/event-type.js";
import type { CueFile } from "../lexicon/lexicon-schema.js";
import { afterPerformative, isPerformative } from "./performative.js";

export interface CompiledCues {
  readonly negation: readonly (readonly string[])[];
  readonly threat: readonly (readonly string[])[];
  readonly hypothetical: readonly (readonly string[])[];
  readonly planned: readonly (readonly string[])[];
  readonly denial: readonly (readonly string[])[];
  readonly warning: readonly (readonly string[])[];
  readonly condition: readonly (readonly string[])[];
  readonly coercive: ReadonlySet<EventType>;
}

const compiled = new WeakMap<CueFile, CompiledCues>();

export function compileCues(cues: CueFile): CompiledCues {
  let c = compiled.get(cues);
  if (!c) {
    const split = (list: readonly string[]) => list.map((p) => p.toLowerCase().split(/\s+/));
    c = {
      negation: split(cues.negation),
      threat: split(cues.threat),
      hypothetical: split(cues.hypothetical),
      planned: split(cues.planned),
      denial: split(cues.denial),
      warning: split(cues.warning),
      condition: split(cues.condition),
      coercive: new Set(cues.coercive),
    };
    compiled.set(cues, c);
  }
  return c;
}

export interface ModalityInput {
  readonly tokens: readonly Token[];
  /** Tokens between the actor (or the clause start) and the trigger: the verb chain. */
  readonly nearStart: number;
  readonly triggerFirst: number;
  readonly triggerLast: number;
  readonly clauseEnd: number;
  readonly type: EventType;
  /** Modality the trigger carries by itself ("threatened to cut"). */
  readonly own: Modality | undefined;
  /** A warning before the trigger was given by the actor itself. */
  readonly warnedByActor: boolean;
}

/**
 * The modality of one trigger occurrence, by the guidelines' precedence:
 * negated, then threatened, then hypothetical, then planned, else asserted.
 * "would impose sanctions should they buy" is a threat; "could help" is hypothetical.
 */
export function modalityOf(input: ModalityInput, cues: CompiledCues): Modality {
  const { tokens, nearStart, triggerFirst, triggerLast, type } = input;
  if (type === "THREAT") return "threatened";
  // "I want to thank you for the progress ...": the wish belongs to the thanks, not to the trigger.
  const chainStart = afterPerformative(tokens, nearStart, triggerFirst);
  const near = (list: readonly (readonly string[])[]) => has(tokens, chainStart, triggerFirst, list);
  const left = (list: readonly (readonly string[])[]) => has(tokens, 0, triggerFirst, list);
  const after = (list: readonly (readonly string[])[]) => has(tokens, triggerLast, tokens.length, list);
  const coercive = cues.coercive.has(type);

  // "called on Russia not to interfere", "urged Ankara to ratify": an act asked for is none done.
  if (urgedTo(tokens, triggerFirst)) return "hypothetical";
  const negated =
    near(cues.negation) &&
    !onlyHarmlessNegation(tokens, nearStart, triggerFirst, cues.negation, (i) => urgedNot(tokens, i)) &&
    !onlyHarmlessNegation(tokens, nearStart, triggerFirst, cues.negation, (i) => changeNoun(tokens, i)) &&
    !onlyHarmlessNegation(tokens, nearStart, triggerFirst, cues.negation, (i) => notOnly(tokens, i)) &&
    !onlyHarmlessNegation(tokens, nearStart, triggerFirst, cues.negation, (i) => idiomaticNo(tokens, i));
  if (
    negated ||
    deniedInside(tokens, triggerFirst, triggerLast) ||
    left(cues.denial) ||
    input.own === "negated"
  )
    return "negated";
  // "warned that any aggression against Belarus would be treated as an attack": no act has happened.
  if (anyBefore(tokens, triggerFirst)) return "hypothetical";
  const threat = near(cues.threat) && !attributiveThreat(tokens, nearStart, triggerFirst);
  if (input.own === "threatened" || threat) return coercive ? "threatened" : "planned";
  // "I would like to thank": a polite wish performs the speech act (performative.ts).
  const modal = near(cues.hypothetical) && !isPerformative(tokens, triggerFirst);
  // "agreed to impose sanctions" where "agree" opens the trigger itself: an infinitive cue at its start.
  // "I want to thank you" performs the thanks: "want to" plans nothing there.
  const future =
    (near(cues.planned) &&
      !isPerformative(tokens, triggerFirst) &&
      !continuing(tokens, nearStart, triggerFirst, cues.planned)) ||
    has(tokens, triggerFirst, Math.min(triggerLast, triggerFirst + 4), cues.planned.filter(endsInTo)) ||
    futureInside(tokens, triggerFirst, triggerLast) ||
    promisedBy(tokens, triggerFirst) ||
    committedTo(tokens, nearStart, triggerFirst) ||
    instructedTo(tokens, triggerFirst) ||
    headlineInfinitive(tokens, nearStart, triggerFirst) ||
    (type === "DIPLOMATIC_COOPERATION" && awaitedContact(tokens, triggerFirst));
  // "Some analysts warn that Moscow could absorb ..." is speculation; a warning is a threat when the actor gives it.
  const warned = input.warnedByActor;
  const conditional = after(cues.condition) || left(cues.condition);
  // "would impose sanctions should they buy" threatens; "Kyiv could strike if Minsk joined" speculates.
  const firm = near(FIRM) || future;
  if (inConditionalClause(tokens, triggerFirst)) return coercive && warned ? "threatened" : "hypothetical";
  if (coercive && modal && warned) return "threatened";
  if (coercive && firm && conditional) return "threatened";
  // "said the United States would impose sanctions": a future reported in the past is a plan.
  if (modal && !conditional && reportedFuture(tokens, nearStart, triggerFirst, cues.hypothetical))
    return "planned";
  if (modal || speculatedOccurrence(tokens, triggerFirst, triggerLast)) return "hypothetical";
  if (future || input.own === "planned" || scheduledOccurrence(tokens, triggerFirst, triggerLast))
    return "planned";
  return "asserted";
}

/**
 * "Credentials will be presented to ...": a pattern that spans its verb's auxiliaries (a passive told
 * object first) holds the future marker itself. Only an auxiliary: "the will of the people" is none.
 */
function futureInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    if ((t.norm === "will" || t.norm === "shall") && t.pos === "AUX") return true;
  }
  return false;
}

/** "commit"/"commits" as a present-tense promise; "committed to supporting" is a stance. */
const COMMIT_NOW = new Set(["commit", "commits"]);

/**
 * "underlined a mutual commitment to continue bilateral trade", "their commitment to expand gas
 * deals": a commitment to a verb's act plans it, as does a promise in the present ("We commit to
 * increasing humanitarian support"). Not "commitment to supporting Azerbaijan" or
 * "commitment to the people", where the commitment is the support itself.
 */
function committedTo(tokens: readonly Token[], from: number, to: number): boolean {
  // The verb may be the trigger itself: "Canada's commitment to freeze Russian assets".
  for (let i = Math.max(0, from); i < to - 1; i++) {
    // "We commit to increasing humanitarian support": the promise in the present plans its act.
    if (COMMIT_NOW.has(tokens[i]!.norm) && tokens[i]!.pos === "VERB" && tokens[i + 1]?.norm === "to")
      return true;
    if (tokens[i]!.lemma !== "commitment" || tokens[i + 1]?.norm !== "to") continue;
    const verb = tokens[i + 2]!;
    if (verb.pos === "VERB" && verb.norm === verb.lemma) return true;
  }
  return false;
}

/** What comes before an awaited event: "on the eve of", "ahead of", "in the run-up to". */
const AWAITING: readonly (readonly string[])[] = [
  ["eve", "of"],
  ["ahead", "of"],
  ["run-up", "to"],
  ["lead-up", "to"],
  ["run", "-", "up", "to"],
  ["lead", "-", "up", "to"],
];
/** Words that end the phrase an awaiting cue governs. */
const PHRASE_ENDS = new Set([",", ";", ":", "(", ")"]);

/**
 * A visit, summit or talks named as what something comes before is still to come: "gave an
 * interview on the eve of his official visit to Italy", "ahead of his visit and the Russia-EU
 * summit": the cue governs the noun phrase (and the phrases coordinated with it) up to the noun.
 */
function awaitedContact(tokens: readonly Token[], at: number): boolean {
  return awaitingCue(tokens, at) !== null;
}

/** The awaiting cue ("eve", "ahead", ...: its first word) that governs the noun at `at`, else null. */
export function awaitingCue(tokens: readonly Token[], at: number): string | null {
  if (tokens[at]?.pos !== "NOUN") return null;
  for (let i = at - 1; i >= 1 && at - i <= 15; i--) {
    const t = tokens[i]!;
    // "his working visit": a participle before a noun modifies it.
    const attributive = t.pos === "VERB" && tokens[i + 1]?.pos === "NOUN";
    if ((t.pos === "VERB" && !attributive) || t.pos === "AUX" || PHRASE_ENDS.has(t.text)) return null;
    const cue = AWAITING.find((c) => c.every((w, k) => tokens[i - c.length + 1 + k]?.norm === w));
    if (cue) return cue[0]!;
  }
  return null;
}

/** Verbs whose object is promised, not yet given: "pledged reconstruction funds". */
const PROMISING = new Set(["pledge", "promise"]);

/** The trigger opens with a verb of promising: "Japan pledged funds for Ukraine" is a plan. */
function promisedBy(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && t.pos === "VERB" && PROMISING.has(t.lemma);
}

/** "instructed the ministers of health and emergencies to provide aid": an order is a plan. */
function instructedTo(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== "to") return false;
  for (let i = at - 2; i >= 0 && i >= at - 30; i--) {
    const t = tokens[i]!;
    if (t.lemma === "instruct") return true;
    if (t.pos === "VERB" || t.text === ";" || t.text === ":") return false;
  }
  return false;
}

/**
 * "will continue to coordinate with Ukraine", "continue to stand with": an act going on already is
 * asserted, when "will" is the only planned cue in the verb chain.
 */
function continuing(
  tokens: readonly Token[],
  nearStart: number,
  triggerFirst: number,
  planned: readonly (readonly string[])[],
): boolean {
  if (tokens[triggerFirst - 1]?.norm !== "to" || tokens[triggerFirst - 2]?.lemma !== "continue") return false;
  const others = planned.filter((p) => !(p.length === 1 && (p[0] === "will" || p[0] === "shall")));
  return !has(tokens, nearStart, triggerFirst, others);
}

/**
 * A headline's "US to deliver humanitarian aid to Georgia": the actor, then "to" and the trigger,
 * with no finite verb before it, announces an act to come.
 */
function headlineInfinitive(tokens: readonly Token[], nearStart: number, triggerFirst: number): boolean {
  if (triggerFirst - nearStart !== 1 || tokens[nearStart]?.norm !== "to") return false;
  if (tokens[triggerFirst]?.pos !== "VERB") return false;
  for (let i = 0; i < nearStart; i++) if (tokens[i]!.pos === "VERB" || tokens[i]!.pos === "AUX") return false;
  return true;
}

/**
 * The only threat word before the trigger describes it: 'what he described as "threatening"
 * movements of troops' reports the movements, and threatens nothing.
 */
function attributiveThreat(tokens: readonly Token[], from: number, to: number): boolean {
  let found = false;
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i]!;
    if (t.lemma !== "threaten" && t.norm !== "threatening") continue;
    if (t.norm !== "threatening") return false;
    let j = i + 1;
    while (j < to && /^["'”’“]$/.test(tokens[j]!.text)) j++;
    if (j !== to && tokens[j]!.pos !== "NOUN" && tokens[j]!.pos !== "ADJ") return false;
    found = true;
  }
  return found;
}

const FIRM: readonly (readonly string[])[] = [["would"], ["will"], ["shall"]];

/** Modals that leave an occurrence open: "a meeting ... could take place". */
const SPECULATIVE = new Set(["could", "might", "may"]);
/** Words that say an act takes place, after a modal (and "be"): "take place", "be held", "happen". */
const OCCURRING = new Set(["take", "happen", "occur", "held", "go", "materialise", "materialize"]);
/** Words that open a clause of their own after a noun. */
const CLAUSE_OPENERS = new Set(["that", "which", "who", "where", "when"]);

/**
 * A noun trigger whose own clause says only that it could happen: "Peskov said a meeting between
 * Putin and Biden could take place in Geneva", "an invasion might happen at any time". The first
 * verb after the noun phrase decides; "the talks could lead to peace" says the talks are held.
 */
function speculatedOccurrence(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = verbAfterNoun(tokens, first, last);
  if (verb < 0 || !SPECULATIVE.has(tokens[verb]!.norm)) return false;
  return OCCURRING.has(tokens[occurrenceAfter(tokens, verb + 1)]?.norm ?? "");
}

/** Words that schedule what they follow: "a call ... scheduled for Friday", "is planned for May". */
const SCHEDULING = new Set(["scheduled", "planned", "slated", "expected", "due", "set"]);

/**
 * A noun trigger whose own clause schedules it: "a telephone conversation between the two
 * presidents scheduled for the evening of February 21", "the summit will take place in May".
 */
function scheduledOccurrence(tokens: readonly Token[], first: number, last: number): boolean {
  const verb = verbAfterNoun(tokens, first, last);
  if (verb < 0) return false;
  let k = verb;
  if (tokens[k]!.lemma === "be") k++;
  if (SCHEDULING.has(tokens[k]?.norm ?? "")) return true;
  if (tokens[verb]!.norm !== "will" && tokens[verb]!.norm !== "shall") return false;
  return OCCURRING.has(tokens[occurrenceAfter(tokens, verb + 1)]?.norm ?? "");
}

/** The first verb after a noun trigger, in its own clause; -1 for none or a trigger no noun. */
function verbAfterNoun(tokens: readonly Token[], first: number, last: number): number {
  if (tokens[first]?.pos !== "NOUN" && tokens[last - 1]?.pos !== "NOUN") return -1;
  for (let i = last; i < tokens.length && i < last + 15; i++) {
    const t = tokens[i]!;
    if (CLAUSE_OPENERS.has(t.norm) || /^[;:.?!()]$/.test(t.text)) return -1;
    if (t.pos === "VERB" || t.pos === "AUX") return i;
  }
  return -1;
}

/** Past adverbs and "be" after a modal: "could also be held". */
function occurrenceAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  while (["not", "also", "still", "soon", "yet", "be", "even"].includes(tokens[k]?.norm ?? "")) k++;
  return k;
}

/** Verbs that ask another party to act: their infinitive is what is asked, not what is done. */
const URGING = new Set(["urge", "ask", "press", "encourage", "implore", "exhort", "pressure", "push"]);

/**
 * The trigger is the infinitive after "called on X (not) to", "urged X to", where X is named
 * ("Russia", "Ankara", "Russian forces"). "Called on member states to approve sanctions" is a
 * bloc's own procedure, and stays what its words say.
 */
function urgedTo(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  if (tokens[i]?.norm === "not") i--;
  if (tokens[i]?.norm !== "to") return false;
  let named = false;
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const t = tokens[j]!;
    if (t.pos === "PUNCT" && t.text !== "-" && t.text !== "'") return false;
    const urging =
      URGING.has(t.lemma) || ((t.norm === "on" || t.norm === "upon") && tokens[j - 1]?.lemma === "call");
    if (urging) return named;
    if (/^\p{Lu}/u.test(t.text)) named = true;
  }
  return false;
}

/**
 * Whether every negation cue before the trigger is one that `harmless` explains away: the "not"
 * of an act urged on another ("urged Russia not to establish ties and asked both countries to
 * refrain" negates nothing the actor does), or a noun of change followed by "in" ("the decline in
 * bilateral trade" measures the trade; the verb "declined to" denies it).
 */
function onlyHarmlessNegation(
  tokens: readonly Token[],
  from: number,
  to: number,
  negation: readonly (readonly string[])[],
  harmless: (i: number) => boolean,
): boolean {
  for (let i = Math.max(0, from); i < to; i++)
    if (has(tokens, i, i + 1, negation) && !harmless(i)) return false;
  return true;
}

/** "not to" introducing an act urged on another. */
function urgedNot(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === "not" && tokens[i + 1]?.norm === "to" && urgedTo(tokens, i + 2);
}

/** Words after "not" that add the act to another ("not only sent aid but also"): no negation. */
const NOT_ONLY = new Set(["only", "simply", "just", "merely", "solely"]);

/** "have not simply delivered vaccines but also launched": "not" before "only", "simply" negates nothing. */
function notOnly(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.norm === "not" && NOT_ONLY.has(tokens[i + 1]?.norm ?? "");
}

/** "no" that negates nothing after it: "no doubt", "has no choice but", "no longer" (a cue of its own). */
const NO_IDIOMS = new Set([
  "doubt",
  "choice",
  "matter",
  "less",
  "more",
  "sooner",
  "later",
  "longer",
  "one",
  "alternative",
  "secret",
  "wonder",
  "exception",
  "coincidence",
  "surprise",
]);

function idiomaticNo(tokens: readonly Token[], i: number): boolean {
  return (
    (tokens[i]!.norm === "no" && (NO_IDIOMS.has(tokens[i + 1]?.norm ?? "") || hyphenedNo(tokens, i))) ||
    spareNoEffort(tokens, i)
  );
}

/** "a no-fly zone", "no-go areas": "no" written into a compound with a hyphen negates nothing. */
function hyphenedNo(tokens: readonly Token[], i: number): boolean {
  return joiningHyphen(tokens, i + 1);
}

/** Forms of "spare", whose negation promises the most: "will spare no effort to help". */
const SPARE = new Set(["spare", "spares", "spared", "sparing"]);

/** "spare no effort", "spared no expense", "will not spare any effort": no negation of the act. */
function spareNoEffort(tokens: readonly Token[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (norm === "no") return SPARE.has(tokens[i - 1]?.norm ?? "");
  return (norm === "not" || norm === "n't") && SPARE.has(tokens[i + 1]?.norm ?? "");
}

/** "put no pressure on", "imposed no sanctions", "will provide no weapons": "no" inside a gapped
 *  pattern or opening the object right after it negates its act. */
function deniedInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first + 1; i <= last && i < tokens.length; i++)
    if (tokens[i]!.norm === "no" && !idiomaticNo(tokens, i)) return true;
  return false;
}

/** A noun of change followed by "in": "the decline in bilateral trade". */
function changeNoun(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.pos === "NOUN" && tokens[i + 1]?.norm === "in";
}

/** "any attack on", "any further Russian aggression": an act named with "any" is none in particular. */
function anyBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const t = tokens[i]!;
    if (t.norm === "any") return true;
    if (t.pos !== "ADJ" && t.pos !== "PROPN") return false;
  }
  return false;
}

function endsInTo(phrase: readonly string[]): boolean {
  return phrase.length > 1 && phrase[phrase.length - 1] === "to";
}
/** Verbs that report a decision or a promise; "would" after them is the future seen from the past. */
const REPORTING = new Set([
  "say",
  "announce",
  "pledge",
  "promise",
  "vow",
  "confirm",
  "declare",
  "tell",
  "agree",
  "decide",
  "assure",
]);

/** "would" is the only hypothetical cue in the verb chain, and a reporting verb comes before it. */
function reportedFuture(
  tokens: readonly Token[],
  nearStart: number,
  triggerFirst: number,
  hypothetical: readonly (readonly string[])[],
): boolean {
  const others = hypothetical.filter((p) => !(p.length === 1 && p[0] === "would"));
  if (!has(tokens, nearStart, triggerFirst, [["would"]]) || has(tokens, nearStart, triggerFirst, others))
    return false;
  // "Norway said it would": the report may stand between the actor and a pronoun repeating it.
  let would = triggerFirst;
  while (would > nearStart && tokens[would]!.norm !== "would") would--;
  for (let i = 0; i < would; i++) if (REPORTING.has(tokens[i]!.lemma)) return true;
  return false;
}
const CONDITIONAL_OPENERS = new Set(["if", "unless", "should", "were"]);

/** The trigger sits inside "If Belarus joined the war, ..." or "Should Russia ever attack Finland, ...". */
function inConditionalClause(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.text === "," || t.text === ";" || t.text === ":") return false;
    if (t.norm === "if" || t.norm === "unless") return true;
    if (i === 0 && CONDITIONAL_OPENERS.has(t.norm)) return true;
  }
  return false;
}

function has(
  tokens: readonly Token[],
  from: number,
  to: number,
  list: readonly (readonly string[])[],
): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    const t = tokens[i]!;
    for (const phrase of list) {
      if (phrase[0] !== t.lemma && phrase[0] !== t.norm) continue;
      let ok = true;
      for (let k = 1; k < phrase.length; k++) {
        const u = tokens[i + k];
        if (!u || (u.lemma !== phrase[k] && u.norm !== phrase[k])) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}
