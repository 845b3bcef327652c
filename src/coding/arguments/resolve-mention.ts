import type { ActorRole } from "../event.js";
import type { KnowledgeBase } from "../../knowledge/types.js";
import type { Mention } from "../../nlp/annotated-document.js";

/** One actor a mention stands for at a date. A group yields one per member. */
export interface Party {
  readonly code: string;
  readonly role: ActorRole | null;
  readonly text: string;
  /** Set when the party came from expanding a group: the group's members. */
  readonly group: readonly string[] | null;
}

export interface ResolveOptions {
  /** Places (Crimea -> UKR) may stand for their state as a target, never as an actor. */
  readonly allowPlaces: boolean;
  /**
   * Separatist entities (Abkhazia, the "DPR") may stand for their state too: only as the ground of
   * a hostile act ("Russian troops entered South Ossetia" -> GEO), never as a partner ("aid to South
   * Ossetia" names no state). Needs `allowPlaces`; false when absent.
   */
  readonly allowSeparatist?: boolean;
}

/**
 * Which places may stand for their state as the target of an event type: any place where the type
 * allows places (cues.yaml `placeTargets`), a separatist entity only for a hostile type (negative
 * weight): an act on its ground, never cooperation with it.
 */
export function targetPlaces(placeTargets: boolean, weight: number): ResolveOptions {
  return { allowPlaces: placeTargets, allowSeparatist: placeTargets && weight < 0 };
}

/**
 * What a mention stands for at a date; empty when it names no actor: an office alone, a weapon, a
 * non-state actor (separatists, a party, the opposition: test/corpus-real/ANNOTATION.md,
 * clarification 1), a vague set no sentence narrowed ("the West").
 */
export function resolveMention(
  mention: Mention,
  date: string | null,
  kb: KnowledgeBase,
  options: ResolveOptions,
): Party[] {
  const out: Party[] = [];
  const add = (code: string, role: ActorRole | null, group: readonly string[] | null = null) => {
    if (!out.some((p) => p.code === code)) out.push({ code, role, text: mention.text, group });
  };
  for (const ref of mention.refs) {
    switch (ref.kind) {
      case "actor":
        // "Russia's opposition": the opposition is no state.
        if (kb.isActor(ref.code) && ref.role !== "OPPOSITION") add(ref.code, ref.role);
        break;
      case "person": {
        const resolved = kb.resolvePerson(ref.id, date);
        // An opposition leader out of office acts for no state.
        if (resolved.role !== "OPPOSITION") add(resolved.code, resolved.role);
        break;
      }
      case "group":
        if (ref.as) add(ref.as, null);
        else for (const member of ref.members) add(member, null, ref.members);
        break;
      case "nonstate": {
        // "the ruling Georgian Dream party": a party acts for its state while it governs.
        const state = ref.mayRule ? kb.rulingState(ref.id, date) : null;
        if (state) add(state, "GOV");
        break;
      }
      case "place":
        // "implementation of the Minsk agreements": a process named after its host city is no state.
        if (ref.process) break;
        if (options.allowPlaces && (!ref.separatist || options.allowSeparatist === true))
          add(ref.country, null);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Whether a mention can fill an actor or target slot at all (an office alone or a weapon cannot). */
export function isActorMention(mention: Mention): boolean {
  return mention.refs.some(
    (r) =>
      r.kind === "actor" ||
      r.kind === "person" ||
      r.kind === "group" ||
      // A party that governed at some time: whether it acts for its state depends on the date.
      (r.kind === "nonstate" && r.mayRule === true),
  );
}

/**
 * Whether a mention names someone who acts but is no state ("Russian-backed separatists", "the
 * YPG", "United Russia"): the slot it stands in has no state in it.
 */
export function isNonStateMention(mention: Mention): boolean {
  return mention.refs.length > 0 && mention.refs.every((r) => r.kind === "nonstate" && r.mayRule !== true);
}
