import type { Mention, Token } from "../../nlp/annotated-document.js";
import { isActorMention } from "./resolve-mention.js";
import { coordinated } from "./coordination.js";
import type { TriggerMatch } from "../lexicon/trigger-match.js";

/**
 * The sides of a conflict or contact named as a pair: `first` acts, `second` is the one acted on
 * (`others` holds every side after the first: "between Russia, Turkey and Iran").
 */
export interface PairSides {
  readonly first: Mention;
  readonly second: Mention;
  readonly others: readonly Mention[];
}

const DASHES = new Set(["-", "–", "—", "/"]);

/** Who stands for a state in a pair named after "between": "the delegations of Russia and Ukraine". */
const ENVOYS = new Set(["delegations", "representatives", "leaders", "presidents", "heads", "governments"]);

/** Who stands for a state named by its adjective in such a pair: "between the Russian delegation and
 *  Ukrainian representatives". */
const ENVOY_HEADS = new Set([
  "delegation",
  "side",
  "representatives",
  "negotiators",
  "officials",
  "government",
]);

/** People of two states who are not their states: "between Latvian and Estonian students". */
const PRIVATE_GROUPS = new Set([
  "students",
  "communities",
  "journalists",
  "scientists",
  "scholars",
  "fans",
  "athletes",
  "artists",
  "writers",
  "youth",
  "children",
  "families",
  "activists",
  "volunteers",
]);

/**
 * The parties a noun names as a pair, in the order the text names them: a hyphenated compound
 * before it ("the Russia-Ukraine war", "the Russian-Georgian conflict") or "between X and Y" after
 * it ("the war between Russia and Georgia", or a pattern ending in "between": "the talks between
 * the delegations of Russia and Ukraine"). The one named first is taken to act.
 */
export function pairSides(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  match: TriggerMatch,
): PairSides | null {
  const actor = (m: Mention | undefined): m is Mention => m !== undefined && isActorMention(m);
  const second = mentions.find((m) => m.last === match.first);
  if (actor(second) && DASHES.has(tokens[second.first - 1]?.text ?? "")) {
    const first = mentions.find((m) => m.last === second.first - 1);
    if (actor(first)) return { first, second, others: [second] };
  }
  // "a joint Russian-Italian enterprise": the compound inside a gapped pattern, right before its
  // last word.
  const inner = mentions.find((m) => m.last === match.last - 1 && m.first > match.first);
  if (actor(inner) && DASHES.has(tokens[inner.first - 1]?.text ?? "")) {
    const first = mentions.find((m) => m.last === inner.first - 1 && m.first > match.first);
    if (actor(first)) return { first, second: inner, others: [inner] };
  }
  let k = match.last;
  // "the talks between": a pattern may end in "between" itself.
  if (tokens[k - 1]?.norm !== "between") {
    // "Trade between Russia and Brazil grew": the noun opening a gapped pattern names its pair
    // right after it.
    if (tokens[k]?.norm === "between") k++;
    else if (tokens[match.first + 1]?.norm === "between" && tokens[match.first]!.pos === "NOUN")
      k = match.first + 2;
    else return null;
  }
  // "between an EU leader and the Russian president": one member, not the bloc.
  if (tokens[k]?.norm === "an" || tokens[k]?.norm === "a") return null;
  if (tokens[k]?.pos === "DET") k++;
  // "between the delegations of Russia and Ukraine": those who stand for the two states.
  const at = k;
  if (
    !mentions.some((m) => m.first === at) &&
    ENVOYS.has(tokens[k]?.norm ?? "") &&
    tokens[k + 1]?.norm === "of"
  )
    k += 2;
  const first = mentions.find((m) => m.first === k);
  if (!actor(first)) return null;
  // Two sides only, "X and Y": a longer list ("between Washington, Warsaw and Prague") names a war
  // of all with all, whose lead is unknown; a contact among several ("the meeting between the
  // presidents of Russia, Turkey and Iran") is the first named's with each of the others, as
  // when they "met".
  // "between the Russian delegation and representatives of the Kiev authorities"
  const firstEnd = ENVOY_HEADS.has(tokens[first.last]?.norm ?? "") ? first.last + 1 : first.last;
  if (tokens[firstEnd]?.norm !== "and") {
    if (match.trigger.type !== "DIPLOMATIC_COOPERATION") return null;
    const list = coordinated(tokens, mentions, mentions.indexOf(first), +1);
    const rest = list.slice(1).filter((m) => !PRIVATE_GROUPS.has(tokens[m.last]?.norm ?? ""));
    if (rest.length < 2 || rest.length !== list.length - 1) return null;
    return { first, second: rest[0]!, others: rest };
  }
  k = firstEnd + 1;
  if (tokens[k]?.pos === "DET") k++;
  if (
    firstEnd > first.last &&
    !mentions.some((m) => m.first === k) &&
    ENVOYS.has(tokens[k]?.norm ?? "") &&
    tokens[k + 1]?.norm === "of"
  )
    k += 2;
  if (tokens[k]?.pos === "DET") k++;
  const other = mentions.find((m) => m.first === k);
  if (!actor(other) || PRIVATE_GROUPS.has(tokens[other.last]?.norm ?? "")) return null;
  return { first, second: other, others: [other] };
}
