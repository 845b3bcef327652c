import type { ActorRole } from "../coding/event.js";
import type { BlocMembershipEntry } from "./schema.js";

/** Offices that leaders hold; tenures are kept per office. */
export type Office = "head_of_state" | "head_of_government" | "foreign_minister" | "defence_minister";

/**
 * What one surface form (alias) can refer to. The phrase matcher yields these;
 * the coder resolves them to an actor code at the event's date.
 */
export type AliasRef =
  /** A state or organisation named directly ("Russia", "NATO"), by adjective ("Russian"),
   *  or by metonym ("the Kremlin" -> RUS/GOV, "Brussels" -> EU). */
  | {
      readonly kind: "actor";
      readonly code: string;
      readonly role: ActorRole | null;
      readonly form: "name" | "adjective" | "metonym";
    }
  /** A person with tenures ("Putin", "Vučić", "Vucic"). */
  | { readonly kind: "person"; readonly id: string }
  /** A group that expands to its members ("the Baltic states"), or stands for a bloc ("NATO allies" -> NATO). */
  | {
      readonly kind: "group";
      readonly id: string;
      readonly members: readonly string[];
      /** When set, the group acts as this single code instead of expanding. */
      readonly as: string | null;
      /** A set with no fixed members ("the West", "the international community"): it stands for
       *  the members a sentence names ("Western countries, including the United States"), else
       *  for nobody. Absent on fixed groups. */
      readonly vague?: true;
    }
  /** A weapon system and the state that makes it. */
  | {
      readonly kind: "weapon";
      readonly id: string;
      readonly name: string;
      readonly origin: string;
      readonly category: string;
    }
  /** A place inside a state (Crimea -> UKR). Not an actor by itself. A separatist entity
   *  (Abkhazia, the "Donetsk People's Republic") stands for its state only as the ground of a
   *  hostile act, never as a partner. */
  | {
      readonly kind: "place";
      readonly name: string;
      readonly country: string;
      readonly separatist?: true;
      /** Talks or an agreement named after their host city ("the Minsk agreements"): no state at all. */
      readonly process?: true;
    }
  /** Someone who acts but is no state: separatists, rebels, militias, parties, movements
   *  ("Russian-backed separatists", "United Russia", "the YPG"). Stands for no actor, and a clause
   *  whose subject it is has no state subject. */
  | {
      readonly kind: "nonstate";
      readonly id: string;
      readonly name: string;
      readonly what: NonStateKind;
      /** A party that headed its country's government at some time: then it acts for the state
       *  ("the ruling Georgian Dream party adopted the law"); see `KnowledgeBase.rulingState`. */
      readonly mayRule?: true;
    }
  /** An office or institution noun that takes its state from a neighbouring adjective or name:
   *  "President", "Foreign Minister", "government", "army", "troops". */
  | { readonly kind: "office"; readonly office: Office | null; readonly role: ActorRole };

/** What kind of non-state actor an entry is (see data/knowledge/non-state.yaml). */
export type NonStateKind = "separatist" | "armed-group" | "party" | "movement";

export interface Alias {
  /** The surface form as written in the data file ("the Kremlin", "Vucic"). */
  readonly text: string;
  /** Whether case matters: "US" must be upper case, "us" is a pronoun. */
  readonly caseSensitive: boolean;
  readonly ref: AliasRef;
}

export interface Tenure {
  readonly state: string;
  readonly office: Office;
  /** YYYY-MM-DD */
  readonly from: string;
  /** YYYY-MM-DD, or null while in office. */
  readonly to: string | null;
  /** Whether the holder was acting (interim) rather than elected or appointed. */
  readonly acting?: boolean;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  /** The state the person belongs to when no tenure covers the date. */
  readonly state: string;
  readonly tenures: readonly Tenure[];
  /** The role the person acts in when no tenure covers the date (default LEADER): a spokesman is GOV,
   *  a general MIL, an opposition leader OPPOSITION. */
  readonly role?: ActorRole;
}

/** A status of data/knowledge/memberships.yaml (member, candidate, ..., suspended, frozen). */
export type MembershipKind = BlocMembershipEntry["status"];

/** A fact of data/knowledge/memberships.yaml as the coder reads it: `org` is the bloc. */
export interface Membership {
  readonly org: string;
  readonly kind: MembershipKind;
  /** YYYY-MM-DD */
  readonly from: string;
  readonly to: string | null;
  /** Why the status is special (Armenia froze its CSTO participation but stays a member). */
  readonly note?: string;
}

export interface State {
  readonly code: string;
  readonly name: string;
  /** ISO 3166-1 numeric code as used by the map shapes, or null (Kosovo). */
  readonly numeric: string | null;
  /** FIPS 10-4 code, for GDELT's *Geo_CountryCode columns. */
  readonly fips: string | null;
  readonly capital: string | null;
  readonly region: string;
  /** From memberships.yaml, oldest first. */
  readonly memberships: readonly Membership[];
}

export interface Organisation {
  readonly code: string;
  readonly name: string;
  /** Member state codes (current), for expanding the bloc when needed. */
  readonly members: readonly string[];
}

export interface ResolvedActor {
  readonly code: string;
  readonly role: ActorRole | null;
}

/** The loaded, validated knowledge base. Immutable after loading. */
export interface KnowledgeBase {
  readonly aliases: readonly Alias[];
  readonly states: ReadonlyMap<string, State>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly persons: ReadonlyMap<string, Person>;
  /** The state and role a person acts for at a date (YYYY, YYYY-MM or YYYY-MM-DD; null: today). */
  resolvePerson(id: string, date: string | null): ResolvedActor;
  /** Who held an office of a state at a date ("the Russian President" in 2019 -> Putin). */
  holder(state: string, office: Office, date: string | null): Person | null;
  /** Whether a code names a state or organisation the knowledge base knows. */
  isActor(code: string): boolean;
  readonly groups: ReadonlyMap<string, Group>;
  readonly weapons: ReadonlyMap<string, Weapon>;
  readonly places: readonly Place[];
  /** The state a party governed at a date (YYYY, YYYY-MM or YYYY-MM-DD: any day of it; null:
   *  today), or null: it was in opposition, or is no party. */
  rulingState(id: string, date: string | null): string | null;
  /** The memberships, candidacies and applications of a state in force at a date (YYYY, YYYY-MM or
   *  YYYY-MM-DD: any day of it; null: today, i.e. the open-ended ones). */
  membershipsAt(code: string, date: string | null): readonly Membership[];
}

/** A named set of actors ("the Baltic states"); see groups.yaml. */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
  /** When set, the group acts as this single code instead of expanding. */
  readonly as: string | null;
  /** No fixed members: "the West" stands for the members a sentence names. */
  readonly vague: boolean;
}

export interface Weapon {
  readonly id: string;
  readonly name: string;
  readonly origin: string;
  readonly category: string;
}

export interface Place {
  readonly name: string;
  readonly country: string;
  /** A separatist entity inside the country (Abkhazia, Transnistria), not a state of its own. */
  readonly separatist: boolean;
}
