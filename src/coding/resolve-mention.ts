import type { ActorRole } from "./event.js";
import type { KnowledgeBase } from "../knowledge/types.js";
import type { Mention } from "../nlp/annotated-document.js";

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
}

/** What a mention stands for at a date; empty when it names no actor (an office alone, a weapon). */
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
        if (kb.isActor(ref.code)) add(ref.code, ref.role);
        break;
      case "person": {
        const resolved = kb.resolvePerson(ref.id, date);
        add(resolved.code, resolved.role);
        break;
      }
      case "group":
        if (ref.as) add(ref.as, null);
        else for (const member of ref.members) add(member, null, ref.members);
        break;
      case "place":
        if (options.allowPlaces) add(ref.country, null);
        break;
      default:
        break;
    }
  }
  return out;
}

/** Whether a mention can fill an actor or target slot at all (an office alone or a weapon cannot). */
export function isActorMention(mention: Mention): boolean {
  return mention.refs.some((r) => r.kind === "actor" || r.kind === "person" || r.kind === "group");
}
