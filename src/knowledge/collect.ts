import type { ParsedFile } from "./read-files.js";
import type {
  BlocMembershipEntry,
  GroupEntry,
  MembershipSourceEntry,
  NonStateEntry,
  OfficeNounEntry,
  OrganisationEntry,
  PersonEntry,
  PlaceEntry,
  StateEntry,
  WeaponEntry,
} from "./schema.js";
import type { Sourced } from "./sourced.js";
import { worldStates } from "./world-states.js";

/** Every entry of every file, each with its source, before cross-file checks. */
export interface Collected {
  readonly states: readonly Sourced<StateEntry>[];
  /** States generated from the world-countries package; their aliases may be dropped on collision. */
  readonly worldStates: readonly Sourced<StateEntry>[];
  readonly organisations: readonly Sourced<OrganisationEntry>[];
  readonly groups: readonly Sourced<GroupEntry>[];
  readonly nonState: readonly Sourced<NonStateEntry>[];
  readonly persons: readonly Sourced<PersonEntry>[];
  readonly weapons: readonly Sourced<WeaponEntry>[];
  readonly places: readonly Sourced<PlaceEntry>[];
  readonly offices: readonly Sourced<OfficeNounEntry>[];
  readonly ambiguous: readonly Sourced<{ readonly text: string; readonly note: string }>[];
  readonly commonWords: ReadonlySet<string>;
  /** Dated bloc memberships (memberships.yaml) and the sources they cite, by id. */
  readonly blocMemberships: readonly Sourced<BlocMembershipEntry>[];
  readonly membershipSources: ReadonlyMap<string, MembershipSourceEntry>;
}

export function collect(files: readonly ParsedFile[]): Collected {
  const take = <T>(key: string, pick: (f: ParsedFile) => readonly T[] | undefined, label: (v: T) => string) =>
    files.flatMap((f) =>
      (pick(f) ?? []).map((value, index) => ({
        file: f.file,
        entry: `${key}[${index}] (${label(value)})`,
        value,
      })),
    );
  const states = take(
    "states",
    (f) => f.data.states,
    (s) => s.code,
  );
  const world = files.map((f) => f.data.world).find((w) => w !== undefined);
  const curated = new Set(states.map((s) => s.value.code));
  const generated =
    world?.include === true
      ? worldStates(curated, world).map((value) => ({
          file: "world-countries",
          entry: `states (${value.code})`,
          value,
        }))
      : [];
  return {
    states,
    worldStates: generated,
    organisations: take(
      "organisations",
      (f) => f.data.organisations,
      (o) => o.code,
    ),
    groups: take(
      "groups",
      (f) => f.data.groups,
      (g) => g.id,
    ),
    nonState: take(
      "nonState",
      (f) => f.data.nonState,
      (n) => n.id,
    ),
    persons: take(
      "persons",
      (f) => f.data.persons,
      (p) => p.id,
    ),
    weapons: take(
      "weapons",
      (f) => f.data.weapons,
      (w) => w.id,
    ),
    places: take(
      "places",
      (f) => f.data.places,
      (p) => p.name,
    ),
    offices: take(
      "offices",
      (f) => f.data.offices,
      (o) => o.text,
    ),
    ambiguous: take(
      "ambiguous",
      (f) => f.data.ambiguous,
      (a) => a.text,
    ),
    commonWords: new Set(files.flatMap((f) => f.data.commonWords ?? []).map((w) => w.toLowerCase())),
    blocMemberships: take(
      "memberships",
      (f) => f.data.memberships,
      (m) => `${m.state} ${m.bloc} ${m.status}`,
    ),
    membershipSources: new Map(files.flatMap((f) => Object.entries(f.data.membershipSources ?? {}))),
  };
}
