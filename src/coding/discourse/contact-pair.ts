import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Sentence } from "../../nlp/annotated-document.js";
import type { Report } from "../report.js";
import { isActorMention, resolveMention, type Party } from "../arguments/resolve-mention.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";

/** Words that name a shared thing's parties ("trade with China", "between the two companies"). */
const OWN_PARTIES = new Set(["between", "with", "among"]);
const SHARED = new Set(["bilateral", "mutual", "joint", "intergovernmental", "inter-governmental"]);
const PAIR_NOUNS = new Set(["countries", "states", "nations"]);
const SIDES = new Set(["sides", "parties"]);
/** A readout's names for the two sides' heads: "the two leaders", "the heads of state", "both presidents". */
const HEADS = new Set(["leaders", "presidents", "heads", "premiers"]);

function militaryBefore(tokens: Sentence["tokens"], i: number): boolean {
  const k = tokens[i - 1]?.norm === "-" ? i - 2 : i - 1;
  return tokens[k]?.norm === "military";
}

/**
 * Where the trigger's words (or the two before them) say the thing is the two sides' own:
 * "bilateral trade", "our mutual trade", "trade between the two countries", "between both
 * countries", or the sentence names the sides as such before it ("the sides agreed to ..."). Null when they name other parties ("trade with China", "between the two companies").
 */
function sharedByPair(tokens: Sentence["tokens"], match: TriggerMatch, spoken: boolean): boolean | null {
  let shared =
    sidesBefore(tokens, match.first) || (spoken && (bareTrade(tokens, match) || sphere(tokens, match)));
  for (let i = Math.max(0, match.first - 2); i <= match.last && i < tokens.length; i++) {
    const n = tokens[i]!.norm;
    if (SHARED.has(n) && i < match.last) shared = true;
    // "intensify our contacts through military departments", "cooperation between our defence
    // ministries": in a speaker's own words at a meeting, "our" is the two sides'.
    if (spoken && n === "our" && i < match.last) shared = true;
    // "military-technical cooperation" (the hyphen a token of its own or not): the name of what
    // two states share in arms and training
    if (n === "technical" && i < match.last && militaryBefore(tokens, i)) shared = true;
    if (i < match.first || !OWN_PARTIES.has(n)) continue;
    // "between the two countries", "between our two countries", "between both countries"
    let k = i + 1;
    if (tokens[k]?.norm === "the" || tokens[k]?.norm === "our" || tokens[k]?.norm === "their") k++;
    if (tokens[k]?.norm === "two" || tokens[k]?.norm === "both") k++;
    else if (spoken && tokens[k - 1]?.norm === "our") continue;
    else return null;
    if (n !== "between" || !PAIR_NOUNS.has(tokens[k]?.norm ?? "")) return null;
    shared = true;
  }
  return shared;
}

/** Words that may stand before a bare "trade": "Trade grew by 26 percent", "growth in trade",
 *  "the trade volume", "our trade", "the 16 percent trade growth" (not "world trade", "foreign trade", "arms trade"). */
const BARE_BEFORE = new Set(["the", "in", "of", "our", ",", ":", "percent", "%"]);
const TRADE = new Set(["trade", "turnover"]);

/** "Trade is growing, last year by 29 percent" in a speaker's own words in the transcript of a
 *  meeting: the pair's trade (said by others, "trade has grown, economists said", it is not). */
function bareTrade(tokens: Sentence["tokens"], match: TriggerMatch): boolean {
  if (match.trigger.type !== "ECONOMIC_COOPERATION") return false;
  for (let i = match.first; i < match.last; i++) {
    if (!TRADE.has(tokens[i]!.norm)) continue;
    // "trade turnover" is as bare as the "trade" before it ("global trade turnover" is not).
    const k = tokens[i - 1]?.norm === "trade" && TRADE.has(tokens[i]!.norm) ? i - 1 : i;
    const before = tokens[k - 1];
    return !before || BARE_BEFORE.has(before.norm) || k === 0;
  }
  return false;
}

/** "Progress in the defence sphere", "in the military-technical field" in a speaker's own words at
 *  a meeting: a field the two sides work in together (said by others, it is not). */
const SPHERES = new Set(["sphere", "spheres", "field"]);
function sphere(tokens: Sentence["tokens"], match: TriggerMatch): boolean {
  return match.trigger.type === "MILITARY_COOPERATION" && SPHERES.has(tokens[match.last - 1]?.norm ?? "");
}

/** "The sides agreed to develop military-technical cooperation", "the parties discussed trade",
 *  "They reaffirmed deepening defense ties": a readout's name for the two sides of its contact,
 *  before the trigger. */
function sidesBefore(tokens: Sentence["tokens"], before: number): boolean {
  // "They discussed ...": a readout's sentence opened by the two sides.
  if (tokens[0]?.norm === "they" && before > 0) return true;
  for (let i = 1; i < before; i++) {
    const det = tokens[i - 1]!.norm;
    // "The two leaders discussed ...", "the heads of state discussed ...", "both presidents"
    if (HEADS.has(tokens[i]!.norm) && (det === "both" || (det === "two" && tokens[i - 2]?.norm === "the")))
      return true;
    if (
      tokens[i]!.norm === "heads" &&
      det === "the" &&
      tokens[i + 1]?.norm === "of" &&
      tokens[i + 2]?.norm === "state"
    )
      return true;
    if (!SIDES.has(tokens[i]!.norm)) continue;
    if (det === "the" || det === "both" || (det === "two" && tokens[i - 2]?.norm === "the")) return true;
  }
  return false;
}

/**
 * "Putin met Orban in Moscow. Bilateral trade grew by a fifth": with no party of its own, what two
 * states share in a readout ("bilateral trade", "trade between the two countries") is between the
 * two sides of the first contact the document reports, from its initiator or first named
 * (test/corpus-real/ANNOTATION.md, clarification 5). None when nothing marks it as the pair's own
 * ("world trade grew"), when the trigger names other parties ("bilateral trade between the two
 * companies"), when the sentence names a state outside that pair, or when no contact was coded before.
 */
export function contactPair(
  occurrences: readonly Report[],
  sentence: Sentence,
  match: TriggerMatch,
  at: string | null,
  kb: KnowledgeBase,
  spoken = false,
): { actor: Party; target: Party } | null {
  if (!sharedByPair(sentence.tokens, match, spoken)) return null;
  const contact = occurrences.find((o) => o.type === "DIPLOMATIC_COOPERATION");
  if (!contact) return null;
  const pair = new Set([contact.actor.code, contact.target.code]);
  for (const m of sentence.mentions) {
    if (!isActorMention(m)) continue;
    const parties = resolveMention(m, at, kb, { allowPlaces: false });
    if (parties.some((p) => !pair.has(p.code))) return null;
  }
  return { actor: contact.actor, target: contact.target };
}

/**
 * "Putin met Vucic. We regularly conduct joint exercises": a shared thing ("joint exercises",
 * "bilateral trade") whose one named party is a side of the first contact the document reports is
 * shared with the other side. Null when nothing marks it as shared, when the party is no side of
 * that contact, or when the sentence names a state outside the pair.
 */
export function contactPartner(
  occurrences: readonly Report[],
  actor: Party,
  sentence: Sentence,
  match: TriggerMatch,
  at: string | null,
  kb: KnowledgeBase,
  spoken = false,
): Party | null {
  const pair = contactPair(occurrences, sentence, match, at, kb, spoken);
  if (!pair || pair.actor.code === pair.target.code) return null;
  if (actor.code === pair.actor.code) return pair.target;
  if (actor.code === pair.target.code) return pair.actor;
  return null;
}
